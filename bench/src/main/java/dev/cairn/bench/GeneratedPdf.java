package dev.cairn.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A policy handbook PDF of any length, each page with a heading and three paragraphs of distinct text. */
final class GeneratedPdf {
    private static final String[] TOPICS = {"travel", "leave", "equipment", "security", "expenses", "onboarding",
        "training", "remote work", "benefits", "reimbursement"};

    private GeneratedPdf() {
    }

    static byte[] pages(int count) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= count; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                String topic = TOPICS[p % TOPICS.length];
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(13);
                    content.newLineAtOffset(50, 740);
                    content.showText("Policy number " + p + ": " + topic);
                    content.newLine();
                    for (int para = 0; para < 3; para++) {
                        content.newLine();
                        for (int line = 0; line < 12; line++) {
                            content.showText("Section " + p + "." + para + " line " + line + " explains how the "
                                    + topic + " rules apply to staff, contractors and interns in case " + (p * 7 + line)
                                    + ".");
                            content.newLine();
                        }
                    }
                    content.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
