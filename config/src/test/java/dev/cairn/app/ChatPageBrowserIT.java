package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.model.openai.FakeOpenAi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
import tools.jackson.databind.JsonNode;

/**
 * The web page in Chromium against the real application with a language model (FakeOpenAi): uploads by drag and drop,
 * a streamed answer, citations, votes, a new conversation, deleting a document and the Prompts tab's preview.
 */
class ChatPageBrowserIT {
    static final String LEAVE = "How much annual leave do employees accrue?";

    @RegisterExtension
    static final Chromium chromium = new Chromium();
    @TempDir
    static Path dataDir;
    @TempDir
    static Path downloads;
    static FakeOpenAi model;
    static RunningCairn cairn;
    static WebPage page;

    @BeforeAll
    static void start() throws Exception {
        model = new FakeOpenAi();
        cairn = RunningCairn.start(dataDir, "cairn.llm.base-url=" + model.baseUrl(), "cairn.llm.model=fake-model",
                "cairn.llm.api-key=sk-test", "cairn.llm.timeout=5s", "cairn.llm.max-retries=1");
        assertThat(cairn.api.upload(Map.of("handbook.pdf", TestDocuments.HANDBOOK)).status()).isEqualTo(200);
        page = new WebPage(chromium.driver(), cairn.api.base());
    }

    @AfterAll
    static void stop() {
        cairn.close();
        model.close();
    }

    @BeforeEach
    void open() {
        page.openFresh();
        page.waitUntil(d -> page.documentNames().contains("handbook.pdf"));
    }

    @Test
    void droppingTwoFilesShowsEachOnesProgressAndThenWhetherItWasIndexed() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("travel.docx", AskAndCiteIT.TRAVEL);
        files.put("security.pdf", TestDocuments.pdf(List.of(List.of("Badges", "Visitors wear a red badge."),
                List.of("Doors", "The back door stays locked after six."))));
        page.script("window.progressSeen = {};"
                + "const seen = (bar) => { const name = bar.getAttribute('aria-label');"
                + "  (window.progressSeen[name] = window.progressSeen[name] || []).push(Number(bar.value)); };"
                + "new MutationObserver((records) => { for (const r of records) {"
                + "  if (r.type === 'attributes') seen(r.target);"
                + "  for (const n of r.addedNodes) if (n.querySelector) n.querySelectorAll('progress').forEach(seen); }"
                + "}).observe(document.getElementById('uploads'),"
                + "  {subtree: true, childList: true, attributes: true, attributeFilter: ['value']});");

        page.drop(WebPage.files(downloads.resolve("drop"), files));

        page.waitUntil(d -> page.all("#uploads li").size() == 2 && page.all("#uploads progress").isEmpty());
        @SuppressWarnings("unchecked")
        Map<String, List<Number>> progress = (Map<String, List<Number>>) page.script("return window.progressSeen;");
        assertThat(progress).containsOnlyKeys("Uploading travel.docx", "Uploading security.pdf");
        progress.values().forEach(values -> assertThat(values).as("each bar starts empty and fills")
                .startsWith(0L).contains(100L));
        assertThat(uploadStatus("travel.docx")).matches("indexed — \\d+ passages?");
        assertThat(uploadStatus("security.pdf")).matches("indexed — 2 pages, \\d+ passages?");
        page.waitUntil(d -> page.documentNames().containsAll(List.of("travel.docx", "security.pdf")));
    }

    @Test
    void anAnswerStreamsInAndItsCitationShowsTheQuoteAndWhereItComesFrom() {
        model.then(new FakeOpenAi.Text(List.of("Employees accrue ", "four hours ", "per pay period [1]."), 300, 9,
                Duration.ofMillis(700)));

        page.ask(LEAVE);

        List<String> seen = new ArrayList<>();
        page.waitUntil(d -> {
            List<WebElement> bots = page.all("#log .msg.bot .bubble");
            String text = bots.isEmpty() ? "" : bots.get(bots.size() - 1).getText();
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(text)) {
                seen.add(text);
            }
            return !page.all("#log .msg.bot .cite").isEmpty();
        });
        // the last delta and the citations may land between one look at the text and the look for citations
        List<WebElement> bots = page.all("#log .msg.bot .bubble");
        String last = bots.get(bots.size() - 1).getText();
        if (!seen.get(seen.size() - 1).equals(last)) {
            seen.add(last);
        }
        assertThat(seen).as("the answer as it was shown, step by step")
                .containsSubsequence("Employees accrue ", "Employees accrue four hours ",
                        "Employees accrue four hours per pay period [1].");
        WebElement answer = page.awaitAnswer();
        assertThat(answer.findElement(By.cssSelector(".bubble")).getText())
                .isEqualTo("Employees accrue four hours per pay period [1].");

        WebElement cite = answer.findElement(By.cssSelector(".cite"));
        assertThat(cite.getAttribute("aria-expanded")).isEqualTo("false");
        cite.click();
        WebElement panel = answer.findElement(By.cssSelector(".cite-panel"));
        page.waitUntil(d -> panel.isDisplayed());
        assertThat(cite.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(panel.findElement(By.tagName("blockquote")).getText())
                .contains("Employees accrue four hours of annual leave per pay period.");
        assertThat(panel.findElement(By.cssSelector(".src")).getText()).isEqualTo("[1] handbook.pdf — page 2");

        cite.click();
        page.waitUntil(d -> !panel.isDisplayed());
    }

    @Test
    void aVoteOnAnAnswerStaysPressedAndTheServerCountsTheLatestOne() {
        model.then(new FakeOpenAi.Text(List.of("Every laptop must use full-disk encryption [1]."), 200, 8));
        page.ask("Which laptops need full-disk encryption?");
        WebElement answer = page.awaitAnswer();
        WebElement helpful = answer.findElement(By.cssSelector(".vote[aria-label='Helpful']"));
        WebElement notHelpful = answer.findElement(By.cssSelector(".vote[aria-label='Not helpful']"));
        int upBefore = votes("thumbs_up");
        int downBefore = votes("thumbs_down");

        helpful.click();
        page.waitUntil(d -> "true".equals(helpful.getAttribute("aria-pressed")));
        assertThat(notHelpful.getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(votes("thumbs_up")).isEqualTo(upBefore + 1);

        notHelpful.click();
        page.waitUntil(d -> "true".equals(notHelpful.getAttribute("aria-pressed")));
        assertThat(helpful.getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(votes("thumbs_up")).isEqualTo(upBefore);
        assertThat(votes("thumbs_down")).isEqualTo(downBefore + 1);
        assertThat(answer.getText()).doesNotContain("vote not recorded");
    }

    @Test
    void aNewConversationEmptiesTheLogAndTheServerForgetsTheEarlierQuestions() {
        model.then(new FakeOpenAi.Text(List.of("Employees accrue four hours per pay period [1]."), 200, 8));
        page.ask(LEAVE);
        page.awaitAnswer();
        int requestsBefore = model.requests.size();

        page.byId("new-chat").click();

        page.waitUntil(d -> page.byId("log").getText().equals("New conversation started."));
        assertThat(page.all("#log .msg.user")).isEmpty();
        assertThat(page.focused().getAttribute("id")).isEqualTo("query");
        model.then(new FakeOpenAi.Text(List.of("Contractors follow their own company's policy [1]."), 200, 8));
        page.ask("and for contractors?");
        page.awaitAnswer();
        assertThat(model.requests).hasSize(requestsBefore + 1);
        assertThat(model.requests.get(requestsBefore)).as("the model is not shown the question before the reset")
                .doesNotContain(LEAVE).contains("and for contractors?");
    }

    @Test
    void deletingADocumentTakesItOffTheListAndOutOfTheIndex() {
        cairn.api.upload(Map.of("obsolete.md", "# Old rules\n\nThe old rules about fax machines no longer apply.\n"
                .getBytes(StandardCharsets.UTF_8)));
        page.byId("docs-refresh").click();
        page.waitUntil(d -> page.documentNames().contains("obsolete.md"));

        page.byId("docs").findElement(By.cssSelector("button[aria-label='Delete obsolete.md']")).click();
        var confirm = page.waitUntil(d -> d.switchTo().alert());
        assertThat(confirm.getText()).contains("obsolete.md");
        confirm.accept();

        page.waitUntil(d -> !page.documentNames().contains("obsolete.md"));
        assertThat(page.documentNames()).contains("handbook.pdf");
        assertThat(cairn.api.get("/api/v1/knowledge/documents").json().get("documents").findValuesAsString("name"))
                .doesNotContain("obsolete.md");
    }

    @Test
    void thePromptsTabPreviewsAnEditForTheSampleUserBeforeItIsSaved() {
        String savedBefore = cairn.api.get("/api/v1/prompts").body();
        page.byId("tab-prompts").click();
        WebElement greeting = page.byId("pg-base-greeting");
        page.waitUntil(d -> greeting.isEnabled() && page.byId("pg-status").getText().startsWith("Rendered"));

        greeting.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        greeting.sendKeys("Hi {{user.name}} in #{{channel.name}}.");
        page.waitUntil(d -> rendered("Greeting").equals("Hi Sam in #general."));
        assertThat(page.byId("pg-dirty").isDisplayed()).as("the unsaved badge").isTrue();

        WebElement name = page.byId("pg-user-name");
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Ann");
        page.waitUntil(d -> rendered("Greeting").equals("Hi Ann in #general."));

        greeting.sendKeys(" {{user.nick}}");
        page.waitUntil(d -> page.byId("pg-status").getText().startsWith("Template error in Greeting"));
        assertThat(page.byId("pg-base-greeting-error").getText()).contains("user.nick");
        assertThat(cairn.api.get("/api/v1/prompts").body()).as("nothing was saved").isEqualTo(savedBefore);
    }

    private static String uploadStatus(String name) {
        return page.all("#uploads li").stream()
                .filter(li -> li.findElement(By.cssSelector(".name")).getText().equals(name))
                .map(li -> li.findElement(By.cssSelector(".status")).getText()).findFirst().orElseThrow();
    }

    private static String rendered(String part) {
        List<WebElement> terms = page.all("#pg-rendered dt");
        List<WebElement> definitions = page.all("#pg-rendered dd");
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).getText().equalsIgnoreCase(part)) {
                return definitions.get(i).getText();
            }
        }
        return "";
    }

    private static int votes(String field) {
        JsonNode report = cairn.api.get("/api/v1/stats/prompts").json();
        int sum = 0;
        for (JsonNode experiment : report.get("experiments")) {
            for (JsonNode variant : experiment.get("variants")) {
                sum += variant.get(field).asInt();
            }
        }
        return sum;
    }
}
