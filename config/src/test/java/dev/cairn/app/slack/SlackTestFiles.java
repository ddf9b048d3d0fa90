package dev.cairn.app.slack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Documents the Slack tests share into knowledge channels. */
final class SlackTestFiles {
    static final byte[] HANDBOOK = pdf(List.of(
            List.of("Acme Handbook", "Welcome to Acme. This handbook explains how we work together."),
            List.of("Annual leave", "Employees accrue four hours of annual leave per pay period.",
                    "Contractors do not accrue annual leave; they follow the policy of their own company."),
            List.of("Security", "Every laptop must use full-disk encryption.",
                    "Contractors receive a visitor badge at the front desk.")));

    private SlackTestFiles() {
    }

    /** A PDF with one page per entry, each page holding that entry's lines. */
    static byte[] pdf(List<List<String>> pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.setLeading(16);
                    content.newLineAtOffset(50, 720);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
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
