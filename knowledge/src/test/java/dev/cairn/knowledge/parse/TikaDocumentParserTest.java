package dev.cairn.knowledge.parse;

import static dev.cairn.knowledge.parse.Parsing.labels;
import static dev.cairn.knowledge.parse.Parsing.parse;
import static dev.cairn.knowledge.parse.Parsing.texts;
import static dev.cairn.knowledge.parse.Parsing.textsAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.Location;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Structured formats read through Tika: PDF, Word, PowerPoint, Excel and e-mail. */
class TikaDocumentParserTest {
    private static final TikaDocumentParser PARSER = new TikaDocumentParser();

    @Test
    void pdfPassagesCarryTheirPageNumbers() throws Exception {
        byte[] pdf = SampleFiles.pdf("Travel policy", "Flights need approval.", "Hotels up to 150 euros.",
                "Taxis are reimbursed.");

        ParsedDocument document = parse(PARSER, "travel.pdf", pdf);

        assertThat(document.pages()).isEqualTo(3);
        assertThat(document.mediaType()).isEqualTo("application/pdf");
        assertThat(document.title()).isEqualTo("Travel policy");
        assertThat(document.blocks()).containsExactly(
                new Block(Location.page(1), "Flights need approval."),
                new Block(Location.page(2), "Hotels up to 150 euros."),
                new Block(Location.page(3), "Taxis are reimbursed."));
    }

    @Test
    void pdfPageTextIsSplitIntoParagraphsWithTheirLinesJoined() throws Exception {
        byte[] pdf = SampleFiles.pdf(null, "Expenses are filed monthly\nthrough the finance portal.\n\nLate claims "
                + "need a manager's note.");

        ParsedDocument document = parse(PARSER, "expenses.pdf", pdf);

        assertThat(textsAt(document, "page 1")).containsExactly(
                "Expenses are filed monthly through the finance portal.", "Late claims need a manager's note.");
        assertThat(document.title()).isEqualTo("expenses.pdf");
    }

    @Test
    void wordHeadingsFormTheSectionPath() throws Exception {
        ParsedDocument document = parse(PARSER, "ops.docx", SampleFiles.docx());

        assertThat(document.title()).isEqualTo("Ops Guide");
        assertThat(document.pages()).isZero();
        assertThat(labels(document)).containsExactly("", "Setup", "Setup › Network", "Support");
        assertThat(textsAt(document, "")).containsExactly("This guide is for the on-call team.");
        assertThat(textsAt(document, "Setup")).containsExactly("Install the agent on every host.");
        assertThat(textsAt(document, "Support")).containsExactly("Page the platform team after hours.");
        assertThat(document.blocks()).allSatisfy(block -> assertThat(block.location().page()).isEmpty());
    }

    @Test
    void wordTableRowsReadAsHeaderValuePairs() throws Exception {
        ParsedDocument document = parse(PARSER, "ops.docx", SampleFiles.docx());

        assertThat(textsAt(document, "Setup › Network")).containsExactly(
                "Open these ports in the firewall.", "Name: web; Port: 8080", "Name: metrics; Port: 9090");
    }

    @Test
    void powerPointSlidesAreNumberedAndKeepTheirNotes() throws Exception {
        ParsedDocument document = parse(PARSER, "deploy.pptx", SampleFiles.pptx());

        assertThat(document.pages()).isEqualTo(2);
        assertThat(labels(document)).containsExactly("slide 1", "slide 2");
        assertThat(textsAt(document, "slide 1")).contains("Deploy steps", "Build the release jar",
                "Copy it to the bastion host", "Remind everyone to freeze merges first");
        assertThat(textsAt(document, "slide 1")).doesNotContain("‹#›");
        assertThat(document.blocks()).filteredOn(b -> b.location().label().equals("slide 2"))
                .containsExactly(new Block(new Location("slide 2", OptionalInt.of(2)), "Env: prod; Host: p1.example.com"));
    }

    @Test
    void excelSheetsAreNamedAndRowsUseTheFirstRowAsHeaders() throws Exception {
        ParsedDocument document = parse(PARSER, "people.xlsx", SampleFiles.xlsx());

        assertThat(document.pages()).isEqualTo(2);
        assertThat(document.blocks()).containsExactly(
                new Block(Location.section("sheet Staff"), "Name: Ada; Team: Infra", OptionalInt.of(2)),
                new Block(Location.section("sheet Staff"), "Name: Grace; Team: Web", OptionalInt.of(3)),
                new Block(Location.section("sheet Budget"), "Item: Laptops; Cost: 1200", OptionalInt.of(2)));
    }

    @Test
    void legacyExcelFilesAreReadLikeNewOnes() throws Exception {
        ParsedDocument document = parse(PARSER, "people.xls", SampleFiles.xls());

        assertThat(document.mediaType()).isEqualTo("application/vnd.ms-excel");
        assertThat(document.pages()).isEqualTo(2);
        assertThat(textsAt(document, "sheet Staff")).containsExactly("Name: Ada; Team: Infra", "Name: Grace; Team: Web");
        assertThat(textsAt(document, "sheet Budget")).containsExactly("Item: Laptops; Cost: 1200");
    }

    @Test
    void emailIsTitledBySubjectAndSplitIntoParagraphs() throws Exception {
        String eml = """
                From: Ada <ada@example.com>\r
                To: ops@example.com\r
                Subject: VPN outage tonight\r
                Date: Mon, 1 Jan 2024 10:00:00 +0000\r
                Content-Type: text/plain; charset=utf-8\r
                \r
                The VPN gateway goes down at 22:00.\r
                \r
                Use the backup tunnel until 23:00.\r
                """;

        ParsedDocument document = parse(PARSER, "outage.eml", eml.getBytes(StandardCharsets.UTF_8));

        assertThat(document.mediaType()).isEqualTo("message/rfc822");
        assertThat(document.title()).isEqualTo("VPN outage tonight");
        assertThat(texts(document)).containsExactly(
                "The VPN gateway goes down at 22:00.", "Use the backup tunnel until 23:00.");
    }

    @Test
    void multipartEmailIsReadOnceWithItsTextAttachment() throws Exception {
        String eml = """
                From: ada@example.com\r
                Subject: =?UTF-8?B?5YGH5pyf?= schedule\r
                MIME-Version: 1.0\r
                Content-Type: multipart/mixed; boundary=OUTER\r
                \r
                --OUTER\r
                Content-Type: multipart/alternative; boundary=INNER\r
                \r
                --INNER\r
                Content-Type: text/plain; charset=utf-8\r
                \r
                Office closes on Friday.\r
                --INNER\r
                Content-Type: text/html; charset=utf-8\r
                \r
                <p>Office closes on Friday.</p>\r
                --INNER--\r
                --OUTER\r
                Content-Type: text/plain; charset=utf-8\r
                Content-Disposition: attachment; filename=rota.txt\r
                \r
                Rota: Ada, Grace.\r
                --OUTER--\r
                """;

        ParsedDocument document = parse(PARSER, "holiday.eml", eml.getBytes(StandardCharsets.UTF_8));

        assertThat(document.title()).isEqualTo("假期 schedule");
        assertThat(texts(document)).containsExactly("Office closes on Friday.", "Rota: Ada, Grace.");
    }

    @Test
    void oneInstanceParsesManyFilesAtOnce() throws Exception {
        byte[] pdf = SampleFiles.pdf(null, "First page.", "Second page.");
        byte[] docx = SampleFiles.docx();
        byte[] xlsx = SampleFiles.xlsx();
        ParsedDocument pdfAlone = parse(PARSER, "a.pdf", pdf);
        ParsedDocument docxAlone = parse(PARSER, "b.docx", docx);
        ParsedDocument xlsxAlone = parse(PARSER, "c.xlsx", xlsx);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ParsedDocument>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> List.of(
                        parse(PARSER, "a.pdf", pdf), parse(PARSER, "b.docx", docx), parse(PARSER, "c.xlsx", xlsx))));
            }
            for (Future<List<ParsedDocument>> result : results) {
                assertThat(result.get()).containsExactly(pdfAlone, docxAlone, xlsxAlone);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
