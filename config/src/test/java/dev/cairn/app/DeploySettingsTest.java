package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The deployment examples (Dockerfile, deploy/, docs/deploy.md) cannot be run here, so this checks that every
 * {@code cairn.*} setting and {@code CAIRN_*} variable they use is one Cairn binds, read from its settings classes.
 */
class DeploySettingsTest {
    /**
     * Settings of cluster mode that other work of the same round adds (issue 12). Each is accepted only while no
     * setting of its group exists yet; once the group is in the settings classes, the names must match them exactly.
     */
    static final Map<String, List<String>> EXPECTED_TO_ARRIVE = Map.of(
            "cairn.knowledge.store", List.of("cairn.knowledge.store"),
            "cairn.opensearch", List.of("cairn.opensearch.url", "cairn.opensearch.username",
                    "cairn.opensearch.password", "cairn.opensearch.index-prefix"),
            "cairn.database", List.of("cairn.database.url", "cairn.database.username", "cairn.database.password"));
    /** Words that look like settings but are not. */
    private static final Set<String> NOT_SETTINGS = Set.of("cairn.jar");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\w./])cairn(?:\\.[a-z0-9][a-z0-9-]*)+");
    private static final Pattern VARIABLE = Pattern.compile("(?<![A-Za-z0-9_])CAIRN_[A-Z0-9_]*[A-Z0-9]");

    private static final Path ROOT = root();

    @Test
    void everySettingTheDeploymentExamplesUseExists() throws IOException {
        KnownSettings known = KnownSettings.read(read(ROOT.resolve("config/src/main/resources/application.yml")));
        List<Path> files = deploymentFiles();
        assertThat(files).extracting(f -> ROOT.relativize(f).toString().replace('\\', '/'))
                .contains("Dockerfile", "docs/deploy.md", "deploy/compose/compose.yaml",
                        "deploy/kubernetes/deployment.yaml", "deploy/kubernetes/pdb.yaml");

        List<String> unknown = new ArrayList<>();
        int checked = 0;
        for (Path file : files) {
            for (String name : used(read(file))) {
                checked++;
                if (!known(known, name)) {
                    unknown.add(ROOT.relativize(file) + ": " + name);
                }
            }
        }

        assertThat(checked).as("settings found in the deployment files").isGreaterThan(20);
        assertThat(unknown).as("settings Cairn does not bind (known: %s)", known).isEmpty();
    }

    @Test
    void aMisspelledSettingOrVariableIsCaught() {
        KnownSettings known = KnownSettings.of("cairn.data-dir", "cairn.discord.token", "cairn.web.api-keys.*");

        assertThat(known(known, "cairn.data-dir")).isTrue();
        assertThat(known(known, "CAIRN_DATA_DIR")).isTrue();
        assertThat(known(known, "CAIRN_DATADIR")).isTrue();
        assertThat(known(known, "CAIRN_WEB_API_KEYS_ANN")).isTrue();
        assertThat(known(known, "cairn.web.api-keys.ann")).isTrue();
        assertThat(known(known, "cairn.data-dri")).isFalse();
        assertThat(known(known, "CAIRN_DISCORD_TOKENS")).isFalse();
        assertThat(known(known, "cairn.discord")).isFalse();
        assertThat(used("java -jar cairn.jar --cairn.data-dir=/x https://cairn.example.org CAIRN_DISCORD_TOKEN: x"))
                .containsExactlyInAnyOrder("cairn.data-dir", "CAIRN_DISCORD_TOKEN");
    }

    @Test
    void aSettingExpectedToArriveIsAcceptedOnlyUntilItsGroupExists() {
        KnownSettings before = KnownSettings.of("cairn.data-dir");
        KnownSettings after = KnownSettings.of("cairn.data-dir", "cairn.database.jdbc-url");

        assertThat(known(before, "cairn.database.url")).isTrue();
        assertThat(known(before, "CAIRN_DATABASE_URL")).isTrue();
        assertThat(known(after, "cairn.database.url")).as("the group arrived under other names").isFalse();
        assertThat(known(after, "CAIRN_DATABASE_URL")).isFalse();
        assertThat(known(after, "CAIRN_DATABASE_JDBC_URL")).isTrue();
        assertThat(known(before, "cairn.database.pool-size")).as("not in the expected list").isFalse();
    }

    @Test
    void theSettingsAreReadFromCairnsSettingsClasses() {
        KnownSettings known = KnownSettings.read("api-key: ${CAIRN_API_KEY:}");

        assertThat(known.hasSetting("cairn.data-dir")).isTrue();
        assertThat(known.hasSetting("cairn.knowledge.chunking.max-chars")).isTrue();
        assertThat(known.hasSetting("cairn.discord.token")).isTrue();
        assertThat(known.hasSetting("cairn.slack.signing-secret")).isTrue();
        assertThat(known.hasSetting("cairn.prompts.default")).as("renamed with @Name").isTrue();
        assertThat(known.hasSetting("cairn.web.api-keys.ann")).isTrue();
        assertThat(known.hasVariable("CAIRN_API_KEY")).isTrue();
        assertThat(known.hasSetting("cairn.knowledge.chunking")).isFalse();
    }

    private static boolean known(KnownSettings known, String name) {
        boolean variable = name.startsWith("CAIRN_");
        if (variable ? known.hasVariable(name) : known.hasSetting(name)) {
            return true;
        }
        for (Map.Entry<String, List<String>> expected : EXPECTED_TO_ARRIVE.entrySet()) {
            if (known.hasGroup(expected.getKey())) {
                continue;
            }
            for (String setting : expected.getValue()) {
                if (variable ? KnownSettings.variables(setting).contains(name) : setting.equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The dotted settings and variables named in {@code text}. */
    static Set<String> used(String text) {
        Set<String> used = new TreeSet<>();
        Matcher dotted = DOTTED.matcher(text);
        while (dotted.find()) {
            if (!NOT_SETTINGS.contains(dotted.group())) {
                used.add(dotted.group());
            }
        }
        Matcher variable = VARIABLE.matcher(text);
        while (variable.find()) {
            used.add(variable.group());
        }
        return used;
    }

    private static List<Path> deploymentFiles() throws IOException {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("Dockerfile"), ROOT.resolve("docs/deploy.md")));
        try (Stream<Path> deploy = Files.walk(ROOT.resolve("deploy"))) {
            deploy.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's root: the nearest folder upwards holding both pom.xml and deploy/. */
    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("deploy")) && Files.exists(dir.resolve("pom.xml")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no folder with pom.xml and deploy/ above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
