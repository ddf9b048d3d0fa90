package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The page with 40 documents indexed, in Chromium: asking keeps the conversation and the ask box on screen at desktop
 * and phone widths, the document list scrolls in its own panel with a filter box, and the keyboard alone is enough.
 * Leaves screenshots of the crowded page in {@code target/screenshots/} (copied to docs/images/, see docs/images/README.md).
 */
class CrowdedPageBrowserIT {
    static final List<String> TOPICS = List.of("parking", "annual leave", "laptops", "expenses", "travel", "badges",
            "payroll", "pensions", "onboarding", "offboarding", "security", "passwords", "printers", "meeting rooms",
            "canteen", "bicycles", "parental leave", "sick leave", "overtime", "remote work", "training", "mentoring",
            "conferences", "phones", "software licences", "cloud accounts", "backups", "incidents", "visitors",
            "fire drills", "first aid", "recycling", "lockers", "mail", "couriers", "gifts", "conflicts of interest",
            "whistleblowing", "data protection", "performance reviews");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @RegisterExtension
    static final Chromium chromium = new Chromium();
    @TempDir
    static Path dataDir;
    static RunningCairn cairn;
    static WebPage page;

    @BeforeAll
    static void startWithFortyDocuments() {
        cairn = RunningCairn.start(dataDir);
        Map<String, byte[]> documents = new LinkedHashMap<>();
        for (int i = 0; i < TOPICS.size(); i++) {
            String topic = TOPICS.get(i);
            String text = "# " + topic + "\n\nThe " + topic + " policy is owned by team " + (i + 1) + ". Questions about "
                    + topic + " go to the " + topic + " desk on floor " + (i % 7 + 1) + ", which answers within two "
                    + "working days.\n\nRequests about " + topic + " need a ticket with your name, your manager and "
                    + "the date. The " + topic + " desk keeps a record of every request for three years.\n";
            documents.put(String.format("policy-%02d-%s.md", i + 1, topic.replace(' ', '-')),
                    text.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(cairn.api.upload(documents).json().get("files").findValuesAsString("status"))
                .hasSize(40).containsOnly("indexed");
        page = new WebPage(chromium.driver(), cairn.api.base());
    }

    @AfterAll
    static void stop() {
        cairn.close();
    }

    @BeforeEach
    void openAtDesktopWidth() {
        chromium.viewport(1280, 800);
        page.openFresh();
        page.waitUntil(d -> page.documentNames().size() == 40);
    }

    @Test
    void askingWithFortyDocumentsKeepsTheConversationAndTheAskBoxInViewAndTheListScrollsInItsPanel() {
        askThreeQuestions();
        chromium.screenshot(SCREENSHOTS.resolve("crowded-1280.png"));

        assertConversationAndAskBoxInView();
        Map<String, Number> scroll = page.pageScroll();
        assertThat(scroll.get("y").intValue()).as("the window itself never scrolls").isZero();
        assertThat(scroll.get("overflowY").intValue()).as("nothing reaches below the window").isLessThanOrEqualTo(0);
        assertListScrollsInItsOwnPanel();
        List<WebElement> items = page.all("#docs li");
        page.script("arguments[0].scrollIntoView({block: 'nearest'});", items.get(items.size() - 1));
        assertThat(page.pageScroll().get("y").intValue()).as("scrolling the list leaves the window in place").isZero();
        assertConversationAndAskBoxInView();
    }

    @Test
    void onAPhoneAskingKeepsTheAnswerAndTheAskBoxInViewWithNothingWiderThanTheScreen() {
        chromium.viewport(375, 667);
        page.openFresh();
        page.waitUntil(d -> page.documentNames().size() == 40);
        askThreeQuestions();
        chromium.screenshot(SCREENSHOTS.resolve("crowded-375.png"));

        assertConversationAndAskBoxInView();
        assertThat(page.pageScroll().get("overflowX").intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);
        assertThat(page.byId("ask-btn").getRect().getWidth()).isPositive();
        assertThat(page.whollyInView(page.byId("ask-btn"))).as("the Ask button is on screen").isTrue();
        assertListScrollsInItsOwnPanel();
        assertThat(page.byId("docs-filter").isDisplayed()).as("the filter box").isTrue();
    }

    @Test
    void theFilterBoxNarrowsTheListToTheMatchingDocuments() {
        WebElement filter = page.byId("docs-filter");
        assertThat(filter.isDisplayed()).as("40 documents are more than a screenful, so the filter shows").isTrue();

        filter.sendKeys("LEAVE");
        page.waitUntil(d -> page.documentNames().size() == 3);
        assertThat(page.documentNames()).containsExactlyInAnyOrder("policy-02-annual-leave.md", "policy-17-parental-leave.md",
                "policy-18-sick-leave.md");
        assertThat(page.byId("docs-count").getText()).isEqualTo("3 of 40 shown");

        filter.sendKeys("x");
        page.waitUntil(d -> page.documentNames().isEmpty());
        assertThat(page.byId("docs-count").getText()).isEqualTo("No document matches “LEAVEx”.");

        filter.sendKeys(Keys.ESCAPE);
        page.waitUntil(d -> page.documentNames().size() == 40);
        assertThat(filter.getAttribute("value")).isEmpty();
    }

    @Test
    void theKeyboardAloneReachesTheAskBoxWithVisibleFocusAsksWithEnterAndOpensACitation() {
        page.script("document.activeElement.blur(); window.focus();");
        int tabs = 0;
        while (!"query".equals(page.focused().getAttribute("id"))) {
            page.press(Keys.TAB);
            assertThat(++tabs).as("Tab presses to reach the ask box").isLessThanOrEqualTo(8);
            assertVisibleFocus();
        }
        page.press("Who answers questions about parking?");
        page.press(Keys.ENTER);
        WebElement answer = page.awaitAnswer();
        assertThat(answer.getText()).contains("parking");
        assertThat(page.focused().getAttribute("id")).as("the focus is back in the ask box").isEqualTo("query");

        for (int back = 0; !page.focused().getAttribute("class").contains("cite"); back++) {
            assertThat(back).as("Shift+Tab presses back to the citation").isLessThan(6);
            page.pressWithShift(Keys.TAB);
            assertVisibleFocus();
        }
        page.press(Keys.ENTER);
        WebElement panel = answer.findElement(By.cssSelector(".cite-panel"));
        page.waitUntil(d -> panel.isDisplayed());
        assertThat(panel.getText()).contains("policy-01-parking.md");
    }

    private void askThreeQuestions() {
        for (String question : List.of("Who answers questions about parking?", "Where is the payroll desk?",
                "What do requests about laptops need?")) {
            page.ask(question);
            assertThat(page.awaitAnswer().getText()).doesNotContain("thinking");
        }
    }

    private void assertConversationAndAskBoxInView() {
        assertThat(page.whollyInView(page.byId("query"))).as("the ask box is on screen").isTrue();
        List<WebElement> bots = page.all("#log .msg.bot");
        WebElement last = bots.get(bots.size() - 1);
        assertThat((Boolean) page.script("const r = arguments[0].getBoundingClientRect();"
                + "const log = document.getElementById('log').getBoundingClientRect();"
                + "return r.top >= 0 && r.top < window.innerHeight && log.top >= 0 && log.bottom <= window.innerHeight"
                + " && r.bottom <= log.bottom + 1;", last)).as("the last answer is on screen, inside the conversation")
                .isTrue();
    }

    private void assertListScrollsInItsOwnPanel() {
        assertThat(((Number) page.script("const l = document.getElementById('docs');"
                + "return getComputedStyle(l).overflowY === 'auto' ? l.scrollHeight - l.clientHeight : 0;")).intValue())
                .as("the list scrolls inside its own panel").isPositive();
    }

    private void assertVisibleFocus() {
        WebElement focused = page.focused();
        assertThat((Boolean) page.script("const s = getComputedStyle(arguments[0]);"
                + "return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;", focused))
                .as("focus ring on %s#%s", focused.getTagName(), focused.getAttribute("id")).isTrue();
    }
}
