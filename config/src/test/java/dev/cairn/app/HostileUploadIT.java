package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Hostile files uploaded together through the web API: each gets its own report, and the handbook indexed before
 * still answers. The files are generated here (the knowledge module's HostileFilesTest has the full set).
 */
class HostileUploadIT {
    @TempDir
    static Path dataDir;
    static RunningCairn cairn;

    @BeforeAll
    static void start() {
        cairn = RunningCairn.start(dataDir);
        JsonNode first = cairn.api.upload(Map.of("handbook.pdf", AskAndCiteIT.HANDBOOK)).json();
        assertThat(first.get("files").get(0).get("status").asString()).isEqualTo("indexed");
    }

    @AfterAll
    static void stop() {
        cairn.close();
    }

    @Test
    void eachHostileFileInOneUploadGetsItsOwnReportAndTheHandbookStillAnswers() {
        String longName = "n".repeat(296) + ".txt";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("zip-bomb.docx", zipBombDocx(300L * 1024 * 1024));
        files.put("deep.html", ("<html><body>" + "<div>".repeat(100_000) + "The deepest paragraph says hello."
                + "</div>".repeat(100_000) + "</body></html>").getBytes(StandardCharsets.UTF_8));
        files.put("cafe.txt", invalidUtf8());
        files.put("../../../etc/evil-plan.txt", text("The evil plan is to move the standup to seven."));
        files.put("minutes\u001b[31m\t.txt", text("The minutes say the travel budget was approved."));
        files.put(longName, text("A file with a very long name holds the bicycle parking rules."));

        long start = System.nanoTime();
        JsonNode reports = cairn.api.upload(files).json().get("files");
        System.out.printf("hostile upload of %d files answered in %d ms%n", files.size(),
                (System.nanoTime() - start) / 1_000_000);

        assertThat(reports).hasSize(6);
        assertRejected(reports.get(0), "zip-bomb.docx", "too_large", "zip bomb");
        assertIndexed(reports.get(1), "deep.html");
        assertIndexed(reports.get(2), "cafe.txt");
        assertIndexed(reports.get(3), "evil-plan.txt");
        assertIndexed(reports.get(4), "minutes_[31m_.txt");
        assertIndexed(reports.get(5), "n".repeat(195) + "….txt");

        JsonNode handbook = cairn.api.ask("checker", "Which laptops need full-disk encryption?").json();
        assertThat(handbook.get("citations").get(0).get("document").asString()).isEqualTo("handbook.pdf");
        assertThat(handbook.get("citations").get(0).get("page").asInt()).isEqualTo(3);
        JsonNode cafe = cairn.api.ask("checker", "When does the café close?").json();
        assertThat(cafe.get("citations").get(0).get("document").asString()).isEqualTo("cafe.txt");
        assertThat(cafe.get("answer").asString()).contains("café closes at three").doesNotContain("Ã");
        assertThat(cairn.api.get("/api/v1/knowledge/documents").json().get("documents"))
                .extracting(d -> d.get("name").asString())
                .contains("evil-plan.txt", "minutes_[31m_.txt", "deep.html", "cafe.txt")
                .doesNotContain("zip-bomb.docx")
                .allMatch(name -> !name.contains("/") && !name.contains("..") && name.length() <= 200);
    }

    private static void assertIndexed(JsonNode report, String name) {
        assertThat(report.get("name").asString()).isEqualTo(name);
        assertThat(report.get("status").asString()).isEqualTo("indexed");
        assertThat(report.get("error").isNull()).isTrue();
    }

    private static void assertRejected(JsonNode report, String name, String code, String reason) {
        assertThat(report.get("name").asString()).isEqualTo(name);
        assertThat(report.get("status").asString()).isEqualTo("rejected");
        assertThat(report.get("error").get("code").asString()).isEqualTo(code);
        assertThat(report.get("error").get("message").asString()).startsWith(name).contains(reason);
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** UTF-8 about the café, with a lone continuation byte, an overlong slash and 0xFF mixed in. */
    private static byte[] invalidUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text("Café Brötchen opens at seven o’clock — every weekday."));
        out.writeBytes(new byte[] {(byte) 0x80, '\n', '\n'});
        out.writeBytes(text("The café closes at three in the afternoon; crème brûlée costs €4."));
        out.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF, (byte) 0xFF, '\n'});
        return out.toByteArray();
    }

    /** A Word file whose document part inflates to {@code inflatedBytes} of one paragraph repeated. */
    private static byte[] zipBombDocx(long inflatedBytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(text("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org"
                    + "/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd."
                    + "openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\""
                    + "application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd."
                    + "openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(text("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                    + "word/document.xml\"/></Relationships>"));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(text("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas."
                    + "openxmlformats.org/wordprocessingml/2006/main\"><w:body>"));
            byte[] block = text(("<w:p><w:r><w:t>" + "boom ".repeat(200) + "</w:t></w:r></w:p>").repeat(1000));
            for (long written = 0; written < inflatedBytes; written += block.length) {
                zip.write(block);
            }
            zip.write(text("</w:body></w:document>"));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
