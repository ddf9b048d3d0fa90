package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The web page in a Chromium whose user prefers Simplified Chinese ({@code --lang=zh-CN}): Chinese labels from the
 * start with numbers and dates in the Chinese forms, no English word of the page's own left, the header's switch turns
 * it to English and back and the choice survives a reload, and every request tells the server the page's language.
 * Leaves a screenshot of the Chinese page in {@code target/screenshots/} (copied to docs/images/).
 */
class ChinesePageBrowserIT {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String LEAVE_ZH = "# 年假\n\n员工每个发薪周期累积四小时年假。年假须提前两周向经理申请。\n";
    /** Latin words the Chinese page may show: names, keys of the keyboard and the variables' own syntax. */
    static final List<String> LATIN_ALLOWED = List.of("Cairn", "API", "Enter", "Shift", "HTTP", "English", "Slack",
            "Discord", "web", "slack", "discord", "YYYY", "MM", "DD", "HH", "mm", "NAME");
    static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

    @RegisterExtension
    static final Chromium chromium = Chromium.speaking("zh-CN");
    @TempDir
    static Path dataDir;
    @TempDir
    static Path downloads;
    static RunningCairn cairn;
    static RequestLanguages requests;
    static WebPage page;

    @BeforeAll
    static void start() {
        cairn = RunningCairn.start(dataDir, List.of(RequestLanguages.class));
        requests = cairn.bean(RequestLanguages.class);
        assertThat(cairn.api.upload(Map.of("handbook.pdf", TestDocuments.HANDBOOK,
                "年假.md", LEAVE_ZH.getBytes(StandardCharsets.UTF_8))).json().get("files").findValuesAsString("status"))
                .containsOnly("indexed");
        page = new WebPage(chromium.driver(), cairn.api.base());
    }

    @AfterAll
    static void stop() {
        cairn.close();
    }

    @BeforeEach
    void openAsANewVisitor() {
        page.openFresh();
        page.waitUntil(d -> page.documentNames().contains("handbook.pdf"));
    }

    @Test
    void aChineseBrowserGetsTheChinesePageWithChineseNumbersAndDates() {
        assertThat((String) page.script("return navigator.languages[0];")).as("the browser's own preference")
                .startsWith("zh");
        assertThat(page.byId("ask-btn").getText()).isEqualTo("提问");
        assertThat(htmlLang()).isEqualTo("zh-CN");
        assertThat(page.byId("tab-chat").getText()).isEqualTo("对话");
        assertThat(page.byId("docs-title").getText()).isEqualTo("已索引的文档");
        assertThat(page.byId("upload-title").getText()).isEqualTo("添加文档");
        assertThat(page.byId("log-empty").getText()).isEqualTo("就你的文档提问。回答会像 [1] 这样标注出处。");
        assertThat(page.byId("query").getAttribute("placeholder")).isEqualTo("输入问题…");
        assertThat(page.byId("language").getAttribute("aria-label")).isEqualTo("语言");
        assertThat(pressedLanguage()).isEqualTo("中文");
        assertThat(detailOf("handbook.pdf")).as("pages, passages and the date as Chinese writes them")
                .matches("\\d+ 页 · \\d+ 个段落 · \\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");
        assertThat(item("handbook.pdf").findElement(By.cssSelector("button.delete")).getAttribute("aria-label"))
                .isEqualTo("删除 handbook.pdf");

        page.drop(WebPage.files(downloads.resolve("zh"), Map.of("会议.md",
                "# 会议室\n\n三楼的会议室需要提前一天预订。\n".getBytes(StandardCharsets.UTF_8))));
        page.waitUntil(d -> page.all("#uploads .status.indexed").size() == 1);
        assertThat(page.byId("uploads").findElement(By.cssSelector(".status")).getText()).matches("已索引 — \\d+ 个段落");

        page.ask("员工每个发薪周期累积多少年假？");
        WebElement answer = page.awaitAnswer();
        assertThat(answer.getText()).contains("四小时年假");
        assertThat(answer.findElement(By.cssSelector(".meta")).getText()).matches("(?s)[\\d,]+ 毫秒.*");
        assertThat(answer.findElement(By.cssSelector(".vote")).getAttribute("aria-label")).isEqualTo("有帮助");
        chromium.screenshot(SCREENSHOTS.resolve("chinese-1280.png"));
    }

    @Test
    void noEnglishOfThePagesOwnIsLeftOnTheChinesePageInEitherView() {
        page.byId("tab-prompts").click();
        page.waitUntil(d -> page.byId("pg-status").getText().startsWith("已按新用户渲染"));
        chromium.screenshot(SCREENSHOTS.resolve("chinese-prompts-1280.png"));
        page.byId("tab-chat").click();

        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) page.script(
                "const data = 'script, style, code, #docs .name, #uploads .name, #pg-template, #pg-rendered dd, #language,"
                + " .brand, #pg-platform option[value=slack], #pg-platform option[value=discord]';"
                + "const skip = data + ', .chip';" // a variable's name is code; its title is the page's text
                + "const out = [];"
                + "const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);"
                + "for (let n = walker.currentNode; n; n = walker.nextNode()) {"
                + "  if (n.nodeType === Node.TEXT_NODE) { if (!n.parentElement.closest(skip) && n.data.trim()) out.push(n.data); continue; }"
                + "  if (n.closest(data)) continue;"
                + "  for (const a of ['placeholder', 'aria-label', 'title']) if (n.getAttribute(a)) out.push(n.getAttribute(a));"
                + "}"
                + "return out;");

        List<String> documents = page.documentNames();
        List<String> english = new ArrayList<>();
        for (String text : texts) {
            // Names the page quotes (“default”, an experiment or variant) and the documents' names are data.
            String withoutData = text.replaceAll("“[^”]*”", "");
            for (String document : documents) {
                withoutData = withoutData.replace(document, "");
            }
            Matcher words = LATIN_WORD.matcher(withoutData);
            while (words.find()) {
                if (!LATIN_ALLOWED.contains(words.group())) {
                    english.add(text);
                    break;
                }
            }
        }
        assertThat(page.all("#pg-vars .chip")).as("every variable the server offers is described")
                .isNotEmpty().allSatisfy(chip -> assertThat(chip.getAttribute("title")).as(chip.getText())
                        .endsWith("。点击插入。").isNotEqualTo("点击插入。"));
        assertThat(texts).as("the page shows texts").hasSizeGreaterThan(40);
        assertThat(english).as("texts of the page still in English").isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSameTextsAndEveryMarkedElementHasItsText() {
        @SuppressWarnings("unchecked")
        Map<String, List<String>> keys = (Map<String, List<String>>) page.script(
                "const used = new Set();"
                + "document.querySelectorAll('[data-i18n]').forEach(e => used.add(e.dataset.i18n));"
                + "document.querySelectorAll('[data-i18n-html]').forEach(e => used.add(e.dataset.i18nHtml));"
                + "document.querySelectorAll('[data-i18n-attrs]').forEach(e => e.dataset.i18nAttrs.split(';')"
                + "  .forEach(p => used.add(p.split('=')[1])));"
                + "return {en: I18N.keys('en'), zh: I18N.keys('zh-CN'), used: [...used]};");

        assertThat(keys.get("en")).hasSizeGreaterThan(150);
        assertThat(keys.get("zh")).as("the Chinese texts have exactly the English keys")
                .containsExactlyInAnyOrderElementsOf(keys.get("en"));
        assertThat(keys.get("en")).as("every key the page's elements name").containsAll(keys.get("used"));
    }

    @Test
    void theHeaderSwitchTurnsThePageToEnglishAndBackAndTheChoiceSurvivesAReload() {
        page.drop(WebPage.files(downloads.resolve("switch"), Map.of("停车.md",
                "# 停车\n\n北区车库周五对骑车的人免费。\n".getBytes(StandardCharsets.UTF_8))));
        page.waitUntil(d -> page.all("#uploads .status.indexed").size() == 1);
        assertThat(page.byId("uploads").findElement(By.cssSelector(".status")).getText()).isEqualTo("已索引 — 1 个段落");

        switchTo("English");
        page.waitUntil(d -> page.byId("ask-btn").getText().equals("Ask"));
        assertThat(htmlLang()).isEqualTo("en");
        assertThat(pressedLanguage()).isEqualTo("English");
        assertThat(page.byId("docs-title").getText()).isEqualTo("Indexed documents");
        assertThat(page.byId("query").getAttribute("placeholder")).isEqualTo("Ask a question…");
        assertThat(page.byId("uploads").findElement(By.cssSelector(".status")).getText())
                .as("an upload's report is redrawn too").isEqualTo("indexed — 1 passage");
        assertThat(detailOf("handbook.pdf")).as("redrawn in place with English numbers and dates")
                .matches("\\d+ pages · \\d+ passages · [A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2}[\\s\\u202f]?[AP]M");
        assertThat(item("handbook.pdf").findElement(By.cssSelector("button.delete")).getAttribute("aria-label"))
                .isEqualTo("Delete handbook.pdf");

        page.reload();
        page.waitUntil(d -> page.documentNames().contains("handbook.pdf"));
        assertThat(page.byId("ask-btn").getText()).as("the choice is kept over the browser's language").isEqualTo("Ask");
        assertThat(htmlLang()).isEqualTo("en");

        switchTo("中文");
        page.waitUntil(d -> page.byId("ask-btn").getText().equals("提问"));
        assertThat(htmlLang()).isEqualTo("zh-CN");
        page.reload();
        page.waitUntil(d -> page.documentNames().contains("handbook.pdf"));
        assertThat(page.byId("ask-btn").getText()).isEqualTo("提问");
        assertThat(page.byId("docs-title").getText()).isEqualTo("已索引的文档");
    }

    @Test
    void everyRequestTellsTheServerThePagesLanguageNotTheBrowsers() {
        requests.clear();
        useThePage("zh");
        List<RequestLanguages.Seen> chinese = requests.seen();
        assertThat(chinese).extracting(s -> s.method() + " " + s.path())
                .contains("GET /api/v1/knowledge/documents", "GET /api/v1/approvals", "POST /api/v1/chat",
                        "POST /api/v1/knowledge/files", "GET /api/v1/prompts", "POST /api/v1/prompts/preview");
        assertThat(chinese).as("exactly the page's language, not the browser's own zh-CN,zh;q=0.9")
                .allSatisfy(s -> assertThat(s.language()).as(s.toString()).isEqualTo(Optional.of("zh-CN")));

        switchTo("English");
        page.waitUntil(d -> page.byId("ask-btn").getText().equals("Ask"));
        requests.clear();
        useThePage("en");
        List<RequestLanguages.Seen> english = requests.seen();
        assertThat(english).extracting(s -> s.method() + " " + s.path())
                .contains("POST /api/v1/chat", "POST /api/v1/knowledge/files", "POST /api/v1/prompts/preview");
        assertThat(english).as("the page in English on a Chinese browser")
                .allSatisfy(s -> assertThat(s.language()).as(s.toString()).isEqualTo(Optional.of("en")));
    }

    /** Asks a question, uploads a file the server rejects and previews a prompt, from the page. */
    private static void useThePage(String tag) {
        page.reload();
        page.waitUntil(d -> page.documentNames().contains("handbook.pdf"));
        page.ask("help");
        page.awaitAnswer();
        Map<String, byte[]> empty = new LinkedHashMap<>();
        empty.put("empty-" + tag + ".txt", new byte[0]);
        int rejected = page.all("#uploads .status.rejected").size();
        page.drop(WebPage.files(downloads.resolve(tag), empty));
        page.waitUntil(d -> page.all("#uploads .status.rejected").size() == rejected + 1);
        page.byId("tab-prompts").click();
        page.waitUntil(d -> page.byId("pg-status").getAttribute("data-kind").equals("ok"));
        page.byId("tab-chat").click();
    }

    private static void switchTo(String name) {
        page.byId("language").findElements(By.tagName("button")).stream()
                .filter(b -> b.getText().equals(name)).findFirst().orElseThrow().click();
    }

    private static String pressedLanguage() {
        return page.byId("language").findElement(By.cssSelector("[aria-pressed='true']")).getText();
    }

    private static String htmlLang() {
        return (String) page.script("return document.documentElement.lang;");
    }

    private static WebElement item(String name) {
        return page.all("#docs li").stream()
                .filter(li -> li.findElement(By.cssSelector(".name")).getText().equals(name)).findFirst().orElseThrow();
    }

    private static String detailOf(String name) {
        return item(name).findElement(By.cssSelector(".detail")).getText();
    }
}
