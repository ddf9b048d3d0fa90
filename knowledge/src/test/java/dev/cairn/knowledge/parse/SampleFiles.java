package dev.cairn.knowledge.parse;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Real files of each format, written with PDFBox and POI, small enough to build in every test. */
public final class SampleFiles {
    private SampleFiles() {
    }

    /**
     * A PDF with one page per entry of {@code pages}; paragraphs are separated by blank lines ("\n\n"), the lines of
     * a paragraph by "\n". {@code title} may be null for no metadata title.
     */
    public static byte[] pdf(String title, String... pages) {
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String page : pages) {
                PDPage pdfPage = new PDPage();
                pdf.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(pdf, pdfPage)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 700);
                    for (String paragraph : page.split("\n\n")) {
                        for (String line : paragraph.split("\n")) {
                            content.showText(line);
                            content.newLineAtOffset(0, -14);
                        }
                        content.newLineAtOffset(0, -28);
                    }
                    content.endText();
                }
            }
            if (title != null) {
                pdf.getDocumentInformation().setTitle(title);
            }
            return save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] encryptedPdf() {
        try (PDDocument pdf = Loader.loadPDF(pdf(null, "Secret salaries"))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            return save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF whose only content is a picture, as a scan without OCR would be. */
    static byte[] imageOnlyPdf() {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            BufferedImage picture = new BufferedImage(200, 60, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = picture.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 200, 60);
            g.setColor(java.awt.Color.BLACK);
            g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 40));
            g.drawString("HELLO", 10, 45);
            g.dispose();
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(LosslessFactory.createFromImage(pdf, picture), 72, 600, 400, 120);
            }
            return save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A Word file: an intro paragraph, "Setup" (Heading 1) with a paragraph, "Network" (Heading 2) with a paragraph
     * and a Name/Port table, then "Support" (Heading 1) with a paragraph. Title "Ops Guide"; a page header and
     * footer that should not be read.
     */
    static byte[] docx() {
        try (XWPFDocument word = new XWPFDocument()) {
            addHeadingStyles(word);
            word.getProperties().getCoreProperties().setTitle("Ops Guide");
            word.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("ACME internal");
            word.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Printed copies expire");
            paragraph(word, null, "This guide is for the on-call team.");
            paragraph(word, "Heading1", "Setup");
            paragraph(word, null, "Install the agent on every host.");
            paragraph(word, "Heading2", "Network");
            paragraph(word, null, "Open these ports in the firewall.");
            XWPFTable table = word.createTable(3, 2);
            String[][] cells = {{"Name", "Port"}, {"web", "8080"}, {"metrics", "9090"}};
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < 2; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            paragraph(word, "Heading1", "Support");
            paragraph(word, null, "Page the platform team after hours.");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            word.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POI's blank document defines no styles; Tika maps a paragraph to h1/h2 by the style's name, "heading 1". */
    private static void addHeadingStyles(XWPFDocument word) {
        XWPFStyles styles = word.createStyles();
        for (int level = 1; level <= 2; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading " + level);
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
            styles.addStyle(new XWPFStyle(style));
        }
    }

    private static void paragraph(XWPFDocument word, String style, String text) {
        var paragraph = word.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(text);
    }

    /** {@code ooxml} encrypted with a password, as Office saves it: an OLE2 container Tika cannot open. */
    static byte[] passwordProtected(byte[] ooxml) {
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream data = encryptor.getDataStream(container)) {
                data.write(ooxml);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            container.writeFilesystem(bytes);
            return bytes.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sheets "Staff" (Name/Team: Ada/Infra, Grace/Web) and "Budget" (Item/Cost: Laptops/1200). */
    static byte[] xlsx() {
        return workbook(new XSSFWorkbook());
    }

    /** The same workbook as {@link #xlsx()} in the old binary format. */
    static byte[] xls() {
        return workbook(new HSSFWorkbook());
    }

    private static byte[] workbook(Workbook workbook) {
        try (workbook) {
            sheet(workbook, "Staff", List.of(List.of("Name", "Team"), List.of("Ada", "Infra"), List.of("Grace", "Web")));
            sheet(workbook, "Budget", List.of(List.of("Item", "Cost"), List.of("Laptops", "1200")));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Workbook workbook, String name, List<List<String>> rows) {
        Sheet sheet = workbook.createSheet(name);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.createCell(c).setCellValue(rows.get(r).get(c));
            }
        }
    }

    /** Slide 1: title "Deploy steps", two bullet lines and a speaker note; slide 2: an Env/Host table. */
    static byte[] pptx() {
        try (XMLSlideShow show = new XMLSlideShow()) {
            XSLFSlide first = show.createSlide(show.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_AND_CONTENT));
            first.getPlaceholder(0).setText("Deploy steps");
            first.getPlaceholder(1).setText("Build the release jar\nCopy it to the bastion host");
            for (XSLFTextShape shape : show.getNotesSlide(first).getPlaceholders()) {
                if (shape.getTextType() == Placeholder.BODY) {
                    shape.setText("Remind everyone to freeze merges first");
                }
            }
            var table = show.createSlide().createTable(2, 2);
            table.getCell(0, 0).setText("Env");
            table.getCell(0, 1).setText("Host");
            table.getCell(1, 0).setText("prod");
            table.getCell(1, 1).setText("p1.example.com");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            show.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 1×1 PNG. */
    static byte[] png() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    }

    /** A zip archive holding one text file. */
    static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        pdf.save(bytes);
        return bytes.toByteArray();
    }
}
