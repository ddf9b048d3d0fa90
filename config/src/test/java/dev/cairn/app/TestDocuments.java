package dev.cairn.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real PDF and Word files made in memory for tests. */
public final class TestDocuments {
    /** A three-page handbook: a welcome page, annual leave (page 2) and security (page 3). */
    public static final byte[] HANDBOOK = pdf(List.of(
            List.of("Acme Handbook", "Welcome to Acme. This handbook explains how we work together."),
            List.of("Annual leave", "Employees accrue four hours of annual leave per pay period.",
                    "Contractors do not accrue annual leave; they follow the policy of their own company."),
            List.of("Security", "Every laptop must use full-disk encryption.",
                    "Contractors receive a visitor badge at the front desk.")));

    private TestDocuments() {
    }

    /** A PDF with one page per entry, each page holding that entry's lines. */
    public static byte[] pdf(List<List<String>> pages) {
        return pdf(pages, null);
    }

    /** As {@link #pdf(List)}, encrypted with a user password when {@code password} is not null. */
    public static byte[] pdf(List<List<String>> pages, String password) {
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
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word document with one paragraph per entry. */
    public static byte[] docx(List<String> paragraphs) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : paragraphs) {
                doc.createParagraph().createRun().setText(text);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
