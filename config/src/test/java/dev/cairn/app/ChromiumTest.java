package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser fixture refuses to run without Chromium or chromedriver, saying how to install them. */
class ChromiumTest {
    @TempDir
    Path dir;

    @Test
    void aMissingBrowserOrDriverFailsNamingItAndTheAptGetCommand() throws Exception {
        Path browser = Files.createFile(dir.resolve("chromium"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Path driver = dir.resolve("chromedriver");

        assertThatThrownBy(() -> Chromium.requireInstalled(browser, driver))
                .hasMessageContaining(driver.toString()).hasMessageContaining("apt-get install chromium chromium-driver");
        assertThatThrownBy(() -> Chromium.requireInstalled(dir.resolve("none"), browser))
                .hasMessageContaining(dir.resolve("none").toString());
        Files.createFile(driver, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        assertThatCode(() -> Chromium.requireInstalled(browser, driver)).doesNotThrowAnyException();
    }
}
