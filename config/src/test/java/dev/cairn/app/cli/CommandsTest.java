package dev.cairn.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws IOException {
        return Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), false);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryCommandOnStdoutAndExitsZero() throws IOException {
        for (String help : new String[] {"--help", "-h", "help"}) {
            out.reset();
            assertThat(run(help)).isEqualTo(0);
            assertThat(out()).contains("ingest DIR...", "--url", "--scope web", "eval --dataset", "grounding [--pages DIR]",
                    "--version", "--server.port=9090");
            assertThat(err()).isEmpty();
        }
    }

    @Test
    void anUnknownCommandExitsTwoWithTheUsageOnStderr() throws IOException {
        assertThat(run("nonsense")).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(err()).contains("unknown command 'nonsense'", "ingest DIR...");
    }

    @Test
    void versionPrintsTheVersionMavenFilteredIntoTheResource() throws IOException {
        assertThat(run("--version")).isEqualTo(0);
        assertThat(out().strip()).matches("cairn \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void springSettingsStartTheServerAndAnythingElseIsACommand() {
        assertThat(Commands.isCommand(new String[] {"--server.port=9090"})).isFalse();
        assertThat(Commands.isCommand(new String[] {"--cairn.data-dir=x", "--debug"})).isFalse();
        assertThat(Commands.isCommand(new String[] {"--debug"})).isFalse();
        assertThat(Commands.isCommand(new String[] {})).isFalse();
        assertThat(Commands.isCommand(new String[] {"help"})).isTrue();
        assertThat(Commands.isCommand(new String[] {"--help"})).isTrue();
        assertThat(Commands.isCommand(new String[] {"--version"})).isTrue();
        assertThat(Commands.isCommand(new String[] {"ingest", "--url=http://x"})).isTrue();
        assertThat(Commands.isCommand(new String[] {"--=x"})).isTrue();
    }

    @Test
    void ingestWithoutAFolderExitsTwoWithItsUsage() throws IOException {
        assertThat(run("ingest")).isEqualTo(2);
        assertThat(err()).contains("name at least one folder", "usage: java -jar cairn.jar ingest DIR...");
    }

    @Test
    void ingestRefusesAScopeTheApiCannotUploadTo() throws IOException {
        assertThat(run("ingest", dir.toString(), "--scope", "slack:T1")).isEqualTo(2);
        assertThat(err()).contains("unknown scope 'slack:T1'", "'web' only");
    }

    @Test
    void ingestRefusesAMissingFolderAndANonHttpUrl() throws IOException {
        assertThat(run("ingest", dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(err()).contains("not a folder");
        assertThat(run("ingest", dir.toString(), "--url", "ftp://example.org")).isEqualTo(2);
        assertThat(err()).contains("--url must be an http(s) address");
    }

    @Test
    void ingestAgainstAnUnreachableServerExitsTwoNamingTheUrl() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertThat(run("ingest", dir.toString(), "--url=http://127.0.0.1:" + port)).isEqualTo(2);
        assertThat(err()).contains("cannot reach Cairn at http://127.0.0.1:" + port);
        assertThat(out()).isEmpty();
    }
}
