package dev.cairn.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestStateTest {
    private static final String TARGET = "http://localhost:8080 web";
    @TempDir
    Path dir;

    private Path write(String name, String text, long modifiedMillis) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(modifiedMillis));
        return file;
    }

    @Test
    void aFolderWithoutStateKnowsNothing() throws IOException {
        Path file = write("a.md", "# A", 1_000_000);
        IngestState state = IngestState.load(dir);
        assertThat(state.unreadable()).isFalse();
        assertThat(state.unchanged(TARGET, file)).isFalse();
        assertThat(state.known(TARGET)).isZero();
    }

    @Test
    void aRememberedFileIsUnchangedAfterSavingAndLoading() throws IOException {
        Path file = write("sub/a.md", "# A", 1_000_000);
        IngestState state = IngestState.load(dir);
        state.remember(TARGET, file);
        state.save();

        assertThat(Files.readString(dir.resolve(IngestState.FILE_NAME)))
                .contains("\"sub/a.md\"", "\"sha256\"", "\"http://localhost:8080 web\"");
        IngestState again = IngestState.load(dir);
        assertThat(again.unchanged(TARGET, file)).isTrue();
        assertThat(again.known(TARGET)).isEqualTo(1);
    }

    @Test
    void nothingIsWrittenWhenNothingWasRemembered() throws IOException {
        IngestState.load(dir).save();
        assertThat(dir.resolve(IngestState.FILE_NAME)).doesNotExist();
    }

    @Test
    void anotherTargetHasNotSeenTheFile() throws IOException {
        Path file = write("a.md", "# A", 1_000_000);
        IngestState state = IngestState.load(dir);
        state.remember(TARGET, file);
        assertThat(state.unchanged("http://other:8080 web", file)).isFalse();
    }

    @Test
    void newBytesOfTheSameSizeAreAChangeEvenWhenTheTimeGoesBack() throws IOException {
        Path file = write("a.md", "# A", 1_000_000);
        IngestState state = IngestState.load(dir);
        state.remember(TARGET, file);
        write("a.md", "# B", 999_000);
        assertThat(state.unchanged(TARGET, file)).isFalse();
    }

    @Test
    void aDifferentSizeIsAChangeWithoutReadingTheFile() throws IOException {
        Path file = write("a.md", "# A", 1_000_000);
        IngestState state = IngestState.load(dir);
        state.remember(TARGET, file);
        write("a.md", "# A, longer", 1_000_000);
        assertThat(state.unchanged(TARGET, file)).isFalse();
    }

    @Test
    void aTouchedFileWithTheSameBytesIsUnchangedAndItsNewTimeIsRemembered() throws IOException {
        Path file = write("a.md", "# A", 1_000_000);
        IngestState state = IngestState.load(dir);
        state.remember(TARGET, file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(2_000_000));
        assertThat(state.unchanged(TARGET, file)).isTrue();
        state.save();
        assertThat(Files.readString(state.file())).contains("2000000");
    }

    @Test
    void aDamagedStateFileCountsAsEmptyAndSaysSo() throws IOException {
        Path file = write("a.md", "# A", 1_000_000);
        Files.writeString(dir.resolve(IngestState.FILE_NAME), "{not json");
        IngestState state = IngestState.load(dir);
        assertThat(state.unreadable()).isTrue();
        assertThat(state.unchanged(TARGET, file)).isFalse();
        state.remember(TARGET, file);
        state.save();
        assertThat(IngestState.load(dir).unchanged(TARGET, file)).isTrue();
    }

    @Test
    void theFingerprintHoldsTheSha256OfTheBytes() throws IOException {
        Path file = write("a.txt", "abc", 1_000_000);
        assertThat(IngestState.fingerprint(file)).isEqualTo(new IngestState.Fingerprint(3, 1_000_000,
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
}
