package dev.cairn.knowledge.parse;

import static dev.cairn.knowledge.parse.Parsing.parse;
import static dev.cairn.knowledge.parse.Parsing.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files Cairn must refuse, each with a stable code and a message that names the file. */
class TikaDocumentParserFailureTest {
    private static final TikaDocumentParser PARSER = new TikaDocumentParser();

    @Test
    void passwordProtectedPdfIsReportedAsEncrypted() {
        UnparsableDocumentException refusal = refusal(PARSER, "salaries.pdf", SampleFiles.encryptedPdf());

        assertThat(refusal.code()).isEqualTo("encrypted");
        assertThat(refusal.getMessage()).startsWith("salaries.pdf is encrypted");
    }

    @Test
    void passwordProtectedWordFileIsReportedAsEncrypted() {
        byte[] docx = SampleFiles.passwordProtected(SampleFiles.docx());

        UnparsableDocumentException refusal = refusal(PARSER, "ops.docx", docx);

        assertThat(refusal.code()).isEqualTo("encrypted");
        assertThat(refusal.getMessage()).contains("ops.docx");
    }

    @Test
    void randomBytesNamedPdfAreCorrupt() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);

        UnparsableDocumentException refusal = refusal(PARSER, "report.pdf", noise);

        assertThat(refusal.code()).isEqualTo("corrupt");
        assertThat(refusal.getMessage()).contains("report.pdf");
    }

    @Test
    void truncatedPdfIsCorrupt() {
        byte[] pdf = SampleFiles.pdf("Plan", "One.", "Two.", "Three.");

        UnparsableDocumentException refusal = refusal(PARSER, "plan.pdf", Arrays.copyOf(pdf, pdf.length / 2));

        assertThat(refusal.code()).isEqualTo("corrupt");
        assertThat(refusal.getMessage()).contains("plan.pdf");
    }

    /** Tika recovers what it can from a zip cut near its end, so this one is cut before the main document part. */
    @Test
    void wordFileCutShortIsCorruptRatherThanUnsupported() {
        byte[] docx = SampleFiles.docx();

        UnparsableDocumentException refusal = refusal(PARSER, "ops.docx", Arrays.copyOf(docx, 1000));

        assertThat(refusal.code()).isEqualTo("corrupt");
        assertThat(refusal.getMessage()).contains("ops.docx");
    }

    @Test
    void imagesAreUnsupportedAndTheMessageSaysWhatToSend() {
        UnparsableDocumentException refusal = refusal(PARSER, "diagram.png", SampleFiles.png());

        assertThat(refusal.code()).isEqualTo("unsupported_type");
        assertThat(refusal.getMessage()).contains("diagram.png", "image/png", "PDF", "Word", "Markdown");
    }

    @Test
    void zipArchivesAreUnsupported() {
        UnparsableDocumentException refusal = refusal(PARSER, "bundle.zip", SampleFiles.zip());

        assertThat(refusal.code()).isEqualTo("unsupported_type");
        assertThat(refusal.getMessage()).contains("bundle.zip", "application/zip");
    }

    @Test
    void binaryNamedAsTextIsUnsupported() {
        byte[] binary = new byte[512];
        new Random(3).nextBytes(binary);

        UnparsableDocumentException refusal = refusal(PARSER, "notes.txt", binary);

        assertThat(refusal.code()).isEqualTo("unsupported_type");
    }

    @Test
    void pdfWithOnlyAPictureHasNoTextBecauseNoOcrRuns() {
        UnparsableDocumentException refusal = refusal(PARSER, "scan.pdf", SampleFiles.imageOnlyPdf());

        assertThat(refusal.code()).isEqualTo("no_text");
        assertThat(refusal.getMessage()).contains("scan.pdf");
    }

    @Test
    void emptyTextFileHasNoText() {
        assertThat(refusal(PARSER, "empty.txt", new byte[0]).code()).isEqualTo("no_text");
        assertThat(refusal(PARSER, "blank.md", "---\ntitle: x\n---\n\n".getBytes(StandardCharsets.UTF_8)).code())
                .isEqualTo("no_text");
    }

    @Test
    void textBeyondTheCharacterLimitIsTooLarge() throws Exception {
        TikaDocumentParser small = new TikaDocumentParser(100, TikaDocumentParser.DEFAULT_TIMEOUT);
        byte[] pdf = SampleFiles.pdf(null, "x".repeat(60), "y".repeat(60));
        byte[] text = "word ".repeat(30).getBytes(StandardCharsets.UTF_8);

        UnparsableDocumentException pdfRefusal = refusal(small, "big.pdf", pdf);
        UnparsableDocumentException textRefusal = refusal(small, "big.txt", text);

        assertThat(pdfRefusal.code()).isEqualTo("too_large");
        assertThat(pdfRefusal.getMessage()).contains("big.pdf", "100");
        assertThat(textRefusal.code()).isEqualTo("too_large");
        assertThat(parse(small, "fits.txt", "word ".repeat(19).getBytes(StandardCharsets.UTF_8)).blocks()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.pdf", "a.docx", "a.doc", "a.xlsx", "a.xls", "a.pptx", "a.eml", "a.html", "a.md",
            "a.csv", "a.txt", "a"})
    void damagedFilesOfEveryFormatFailWithACodeAndNothingElse(String name) {
        for (byte[] bytes : DAMAGED) {
            Throwable thrown = catchThrowable(() -> parse(PARSER, name, bytes));

            if (thrown != null) {
                assertThat(thrown).isInstanceOf(UnparsableDocumentException.class);
                assertThat(thrown.getMessage()).contains(name);
            }
        }
    }

    /** Cut-off Office and PDF files and a bare OLE2 header, each to be tried under every format's name. */
    private static final byte[][] DAMAGED = {
            Arrays.copyOf(SampleFiles.docx(), 3000),
            Arrays.copyOf(SampleFiles.xlsx(), 2000),
            Arrays.copyOf(SampleFiles.pptx(), 5000),
            Arrays.copyOf(SampleFiles.xls(), 1500),
            Arrays.copyOf(SampleFiles.pdf(null, "Hello."), 700),
            {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
    };
}
