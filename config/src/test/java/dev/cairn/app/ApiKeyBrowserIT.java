package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.BuiltInCommands;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Messages;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The web page in Chromium against a server that needs an API key: it asks for the key once, then everything works. */
class ApiKeyBrowserIT {
    static final String KEY = "page-key-5c4d3e2f";

    @RegisterExtension
    static final Chromium chromium = new Chromium();
    @TempDir
    static Path dataDir;
    @TempDir
    static Path files;
    static RunningCairn cairn;
    static WebPage page;

    @BeforeAll
    static void start() {
        cairn = RunningCairn.start(dataDir, "cairn.web.api-key=" + KEY);
        page = new WebPage(chromium.driver(), cairn.api.base());
    }

    @AfterAll
    static void stop() {
        cairn.close();
    }

    @Test
    void thePageAsksForTheKeyOnceWithTheServersReasonAndThenAsksUploadsAndListsWithIt() {
        page.openFresh();
        WebElement note = page.byId("key-note");
        page.waitUntil(d -> note.isDisplayed());
        assertThat(note.getText()).contains("Authorization: Bearer");
        assertThat(page.byId("key-form").isDisplayed()).isTrue();
        assertThat(page.focused().getAttribute("id")).as("the key field has the focus").isEqualTo("api-key");

        page.press(KEY);
        page.press(Keys.ENTER);

        page.waitUntil(d -> !note.isDisplayed() && !page.byId("key-form").isDisplayed());
        page.waitUntil(d -> page.byId("docs-empty").getText().equals("No documents yet."));
        page.ask("help");
        assertThat(page.awaitAnswer().getText()).startsWith(Messages.bundled().text(Language.ENGLISH, "command.help").lines().findFirst().orElseThrow());
        page.drop(WebPage.files(files, Map.of("handbook.pdf", TestDocuments.HANDBOOK)));
        page.waitUntil(d -> page.documentNames().contains("handbook.pdf"));

        page.reload();
        page.waitUntil(d -> page.documentNames().contains("handbook.pdf"));
        assertThat(page.byId("key-note").isDisplayed()).as("the key is kept: no second request for it").isFalse();
        assertThat(page.byId("key-form").isDisplayed()).isFalse();
        page.ask("How much annual leave do employees accrue?");
        assertThat(page.awaitAnswer().getText()).contains("four hours of annual leave");
    }

    @Test
    void aWrongKeyIsRefusedWithTheServersReasonAndTheFormStaysOpen() {
        page.openFresh();
        page.waitUntil(d -> page.byId("key-form").isDisplayed());

        page.byId("api-key").sendKeys("not-the-key", Keys.ENTER);

        page.waitUntil(d -> page.byId("key-note").isDisplayed() && page.byId("key-form").isDisplayed());
        assertThat(page.byId("key-note").getText()).contains("Authorization: Bearer");
        assertThat(page.byId("docs").getText()).isEmpty();
    }
}
