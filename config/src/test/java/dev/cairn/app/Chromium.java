package dev.cairn.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Debian Chromium per test class, driven through the system's chromedriver (nothing is downloaded);
 * a test that fails leaves a screenshot of the page under {@code target/browser-failures/}. Register it as a static
 * field with {@code @RegisterExtension}. The browser speaks American English unless made with {@link #speaking}. When
 * Chromium or chromedriver is missing, every test of the class fails saying how to install them: the browser tests are
 * never skipped.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback, AfterTestExecutionCallback {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path FAILURES = Path.of("target", "browser-failures");
    /** The desktop window every test starts in. */
    static final int WIDTH = 1280;
    static final int HEIGHT = 800;

    private final String language;
    private ChromeDriver driver;

    /** A browser whose user prefers American English. */
    public Chromium() {
        this("en-US");
    }

    private Chromium(String language) {
        if (language == null || !language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new IllegalArgumentException("language must be a language tag such as zh-CN, not " + language);
        }
        this.language = language;
    }

    /**
     * A browser whose user prefers this language (a tag such as {@code zh-CN}): its {@code navigator.languages} and
     * the Accept-Language header it sends by itself start with it.
     */
    public static Chromium speaking(String language) {
        return new Chromium(language);
    }

    /** The browser of the running class; started before its first test. */
    public ChromeDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("Chromium is started before the first test of the class");
        }
        return driver;
    }

    /** Throws, naming the apt-get command that installs them, unless both programs are there and executable. */
    static void requireInstalled(Path browser, Path driver) {
        for (Path needed : new Path[] {browser, driver}) {
            if (!Files.isExecutable(needed)) {
                throw new IllegalStateException(needed + " is missing: the browser tests drive Debian's Chromium. "
                        + "Install it with: apt-get install chromium chromium-driver");
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        requireInstalled(BROWSER, DRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=" + WIDTH + "," + HEIGHT, "--lang=" + language);
        // Headless Chromium may take the languages from the profile's preference rather than from --lang: set both.
        String primary = language.split("-")[0];
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages",
                primary.equals(language) ? language : language + "," + primary));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    /** Emulates a viewport of this size, as a phone below 800 px wide; the window's own size again with {@code null}. */
    public void viewport(Integer width, Integer height) {
        if (width == null) {
            driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            return;
        }
        driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 800));
    }

    /** Saves what the page shows now as a PNG at {@code file}, creating its folder. */
    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver().getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver != null) {
            Path file = FAILURES.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + ".png");
            try {
                screenshot(file);
                Files.writeString(file.resolveSibling(file.getFileName().toString().replace(".png", ".html")),
                        driver.getPageSource());
                System.err.println("browser test failed; screenshot at " + file.toAbsolutePath());
            } catch (RuntimeException | IOException e) {
                System.err.println("could not save a screenshot of the failed browser test: " + e);
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
