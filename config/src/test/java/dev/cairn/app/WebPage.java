package dev.cairn.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Cairn's web page in a browser, as a person uses it: open, ask, drop files, wait for what shows up. */
final class WebPage {
    static final Duration PATIENCE = Duration.ofSeconds(20);
    private final WebDriver driver;
    private final String base;

    WebPage(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** Opens the page as a first-time visitor: no user id and no API key kept from an earlier test. */
    WebPage openFresh() {
        driver.get(base + "/");
        script("localStorage.clear();");
        driver.get(base + "/");
        return this;
    }

    /** Reloads the page, keeping what the browser stored. */
    WebPage reload() {
        driver.navigate().refresh();
        return this;
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Types the question into the ask box and presses Enter. */
    void ask(String question) {
        WebElement box = byId("query");
        box.click();
        box.sendKeys(question);
        box.sendKeys(Keys.ENTER);
    }

    /** Waits until the answer to the latest question is complete (no longer streaming) and returns its message. */
    WebElement awaitAnswer() {
        waitUntil(d -> !Boolean.TRUE.equals(script("return document.getElementById('ask-btn').disabled;")));
        List<WebElement> bots = all("#log .msg.bot");
        return bots.get(bots.size() - 1);
    }

    /** The names in the document list, in order, counting only the entries shown. */
    @SuppressWarnings("unchecked")
    List<String> documentNames() {
        return (List<String>) script("return [...document.querySelectorAll('#docs li')]"
                + ".filter(li => li.offsetParent !== null).map(li => li.querySelector('.name').textContent);");
    }

    /** Drops files on the drop zone the way a file manager does: one drop event carrying them all. */
    void drop(Path... files) {
        script("const i = document.createElement('input'); i.type = 'file'; i.multiple = true; i.id = 'test-files';"
                + "i.style.cssText = 'position:fixed;left:0;top:0;width:2px;height:2px;opacity:0';"
                + "document.body.append(i);");
        WebElement input = byId("test-files");
        input.sendKeys(String.join("\n", Arrays.stream(files).map(f -> f.toAbsolutePath().toString()).toList()));
        script("const i = document.getElementById('test-files'); const dt = new DataTransfer();"
                + "for (const f of i.files) dt.items.add(f); i.remove();"
                + "const zone = document.getElementById('drop');"
                + "for (const type of ['dragenter', 'dragover', 'drop'])"
                + "  zone.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: dt}));");
    }

    /** Types keys wherever the focus is. */
    void press(CharSequence keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Presses a key with Shift held, wherever the focus is. */
    void pressWithShift(Keys key) {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(key).keyUp(Keys.SHIFT).perform();
    }

    /** Whether the element's box lies wholly inside the window (nothing scrolled away, nothing off the edge). */
    boolean whollyInView(WebElement element) {
        return Boolean.TRUE.equals(script("const r = arguments[0].getBoundingClientRect();"
                + "return r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight + 0.5"
                + " && r.right <= window.innerWidth + 0.5;", element));
    }

    /** The element that has the focus. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** How the window scrolls: its scroll offsets and how far its content reaches past it. */
    @SuppressWarnings("unchecked")
    Map<String, Number> pageScroll() {
        return (Map<String, Number>) script("const e = document.scrollingElement; return {x: window.scrollX,"
                + " y: window.scrollY, overflowX: e.scrollWidth - window.innerWidth,"
                + " overflowY: e.scrollHeight - window.innerHeight};");
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Writes files for the browser to pick up, each under its name in {@code folder}. */
    static Path[] files(Path folder, Map<String, byte[]> contents) {
        try {
            Files.createDirectories(folder);
            Path[] paths = new Path[contents.size()];
            int i = 0;
            for (Map.Entry<String, byte[]> entry : contents.entrySet()) {
                paths[i++] = Files.write(folder.resolve(entry.getKey()), entry.getValue());
            }
            return paths;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
