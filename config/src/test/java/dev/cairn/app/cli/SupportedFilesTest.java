package dev.cairn.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupportedFilesTest {
    @TempDir
    Path dir;

    private void touch(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }

    @Test
    void findsTheReadableFormatsInSubfoldersAndCountsTheOthers() throws IOException {
        for (String name : new String[] {"a.md", "b/c.PDF", "b/d/e.txt", "f.exe", "g.exe", "h.png", "README",
                ".cairn-ingest.json", ".git/config.txt", "b/.hidden.md"}) {
            touch(name);
        }
        SupportedFiles.Found found = SupportedFiles.under(dir);
        assertThat(found.files()).containsExactly(dir.resolve("a.md"), dir.resolve("b/c.PDF"),
                dir.resolve("b/d/e.txt"));
        assertThat(found.skipped()).isEqualTo(Map.of(".exe", 2, ".png", 1, "(no extension)", 1));
        assertThat(found.skippedCount()).isEqualTo(4);
    }

    @Test
    void theExtensionsCoverTheFormatsTheReadmeLists() {
        for (String name : new String[] {"a.pdf", "a.docx", "a.pptx", "a.xlsx", "a.html", "a.md", "a.txt", "a.csv",
                "a.eml"}) {
            assertThat(SupportedFiles.supported(Path.of(name))).as(name).isTrue();
        }
        assertThat(SupportedFiles.supported(Path.of("a.zip"))).isFalse();
        assertThat(SupportedFiles.supported(Path.of(".md"))).isFalse();
    }
}
