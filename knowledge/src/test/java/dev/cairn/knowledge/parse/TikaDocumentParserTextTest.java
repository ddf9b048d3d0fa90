package dev.cairn.knowledge.parse;

import static dev.cairn.knowledge.parse.Parsing.parse;
import static dev.cairn.knowledge.parse.Parsing.texts;
import static dev.cairn.knowledge.parse.Parsing.textsAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.Location;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Text-based formats: HTML, plain text, CSV and Markdown, and the charsets they come in. */
class TikaDocumentParserTextTest {
    private static final TikaDocumentParser PARSER = new TikaDocumentParser();
    private static final Charset GBK = Charset.forName("GBK");
    /** Mostly ASCII markup around a little Chinese: Tika alone reads its GBK bytes as ISO-8859-15. */
    private static final String CHINESE_PAGE = "<html><head><title>Handbook</title><style>body{font-family:Arial}"
            + "</style><script>var x=1;</script></head><body><div class=\"nav\"><a href=\"/\">Home</a> | "
            + "<a href=\"/about\">About</a></div><h1>请假</h1><p>病假需要证明。</p></body></html>";

    @Test
    void htmlHeadingsListsAndTablesBecomeLocatedBlocks() throws Exception {
        String html = """
                <!DOCTYPE html><html><head><title>Runbook</title></head><body>
                <p>Read this first.</p>
                <h1>Setup</h1><p>Install the agent.</p>
                <h2>Network</h2>
                <ul><li>Open port 443</li><li>Close port 23</li></ul>
                <table><tr><th>Host</th><th>Role</th></tr><tr><td>db1</td><td>primary</td></tr></table>
                <h2>Storage</h2><p>Mount <b>/data</b> first.</p>
                </body></html>""";

        ParsedDocument document = parse(PARSER, "runbook.html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(document.title()).isEqualTo("Runbook");
        assertThat(document.mediaType()).isEqualTo("text/html");
        assertThat(document.blocks()).containsExactly(
                new Block(Location.none(), "Read this first."),
                new Block(Location.section("Setup"), "Install the agent."),
                new Block(Location.section("Setup › Network"), "Open port 443"),
                new Block(Location.section("Setup › Network"), "Close port 23"),
                new Block(Location.section("Setup › Network"), "Host: db1; Role: primary"),
                new Block(Location.section("Setup › Storage"), "Mount /data first."));
    }

    @Test
    void gbkChineseHtmlWithoutDeclaredCharsetIsDecoded() throws Exception {
        ParsedDocument document = parse(PARSER, "handbook.html", CHINESE_PAGE.getBytes(GBK));

        assertThat(document.title()).isEqualTo("Handbook");
        assertThat(textsAt(document, "请假")).containsExactly("病假需要证明。");
    }

    @Test
    void utf8ChineseHtmlWithoutDeclaredCharsetIsDecoded() throws Exception {
        ParsedDocument document = parse(PARSER, "handbook.html", CHINESE_PAGE.getBytes(StandardCharsets.UTF_8));

        assertThat(textsAt(document, "请假")).containsExactly("病假需要证明。");
    }

    @Test
    void declaredHtmlCharsetIsHonoured() throws Exception {
        String page = "<html><head><meta charset=\"big5\"><title>手冊</title></head><body><p>請假需要證明</p></body></html>";

        ParsedDocument document = parse(PARSER, "handbook.htm", page.getBytes(Charset.forName("Big5")));

        assertThat(document.title()).isEqualTo("手冊");
        assertThat(texts(document)).containsExactly("請假需要證明");
    }

    @Test
    void gbkChineseTextIsDecoded() throws Exception {
        ParsedDocument document = parse(PARSER, "note.txt", "Note: 病假需要证明。".getBytes(GBK));

        assertThat(texts(document)).containsExactly("Note: 病假需要证明。");
    }

    @Test
    void utf8ChineseLinesJoinWithoutSpacesAndParagraphsSplitOnBlankLines() throws Exception {
        String text = "年假每年十五天，\n需提前申请。\n\nAnnual leave is\n15 days.\n";

        ParsedDocument document = parse(PARSER, "leave.txt", text.getBytes(StandardCharsets.UTF_8));

        assertThat(document.mediaType()).isEqualTo("text/plain");
        assertThat(document.title()).isEqualTo("leave.txt");
        assertThat(document.blocks()).containsExactly(
                new Block(Location.none(), "年假每年十五天，需提前申请。"),
                new Block(Location.none(), "Annual leave is 15 days."));
    }

    @Test
    void utf8WithAFewBadBytesIsReadAsUtf8WithReplacementCharacters() throws Exception {
        byte[] good = "Zoë’s café serves crème brûlée and 年假 for €4".getBytes(StandardCharsets.UTF_8);
        byte[] damaged = java.util.Arrays.copyOf(good, good.length + 3);
        damaged[good.length] = (byte) 0xFF;
        damaged[good.length + 1] = '!';
        damaged[good.length + 2] = (byte) 0x80;

        ParsedDocument document = parse(PARSER, "menu.txt", damaged);

        assertThat(texts(document)).containsExactly("Zoë’s café serves crème brûlée and 年假 for €4\uFFFD!\uFFFD");
    }

    @Test
    void gbkChineseWithLatinPairsIsStillNotReadAsDamagedUtf8() throws Exception {
        String text = "员工手册：正式员工每年享有十五天带薪年假，入职满一年后开始计算。病假需要提供医院证明。";

        ParsedDocument document = parse(PARSER, "handbook.txt", text.getBytes(GBK));

        assertThat(texts(document)).containsExactly(text);
    }

    @Test
    void thousandsOfBlankLinesInARowDoNotOverflowTheStack() throws Exception {
        String text = "Before the gap." + "\n \n".repeat(200_000) + "After the gap.";

        ParsedDocument document = parse(PARSER, "gap.txt", text.getBytes(StandardCharsets.UTF_8));

        assertThat(texts(document)).containsExactly("Before the gap.", "After the gap.");
    }

    @Test
    void latin1TextIsNotMistakenForChinese() throws Exception {
        String text = "Renée a réservé la salle près de l'église pour la fête.";

        ParsedDocument document = parse(PARSER, "salle.txt", text.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(texts(document)).containsExactly(text);
    }

    @Test
    void csvRowsReadAsHeaderValuePairs() throws Exception {
        String csv = "name,team,desk\r\nAda,Infra,\"3rd floor, east\"\r\n\r\nGrace,\"Web \"\"core\"\"\",2F\r\n";

        ParsedDocument document = parse(PARSER, "staff.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(document.mediaType()).isEqualTo("text/csv");
        assertThat(document.blocks()).containsExactly(
                new Block(Location.none(), "name: Ada; team: Infra; desk: 3rd floor, east", OptionalInt.of(2)),
                new Block(Location.none(), "name: Grace; team: Web \"core\"; desk: 2F", OptionalInt.of(4)));
    }

    @Test
    void aStrayQuoteInCsvRunsToTheEndOfTheFileInsteadOfFailing() throws Exception {
        String csv = "name,note\nAda,\"unfinished\nGrace,ok\n";

        ParsedDocument document = parse(PARSER, "notes.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(document.blocks()).containsExactly(
                new Block(Location.none(), "name: Ada; note: unfinished Grace,ok", OptionalInt.of(2)));
    }

    @Test
    void semicolonSeparatedCsvWithChineseHeadersIsRead() throws Exception {
        String csv = "姓名;部门\n张伟;运维\n";

        ParsedDocument document = parse(PARSER, "员工.csv", csv.getBytes(GBK));

        assertThat(texts(document)).containsExactly("姓名: 张伟; 部门: 运维");
    }

    @Test
    void markdownFilesAreReadWithTheirHeadings() throws Exception {
        String markdown = "# Leave\n\n## Sick leave\n\nBring a doctor's note.\n";

        ParsedDocument document = parse(PARSER, "leave.md", markdown.getBytes(StandardCharsets.UTF_8));

        assertThat(document.mediaType()).isEqualTo("text/markdown");
        assertThat(document.title()).isEqualTo("Leave");
        assertThat(document.blocks()).containsExactly(
                new Block(Location.section("Leave › Sick leave"), "Bring a doctor's note."));
    }
}
