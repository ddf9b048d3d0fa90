package dev.cairn.knowledge.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Files built to hurt a parser, generated in the test that uses them (none is committed): small on disk, huge or
 * deep once read.
 */
public final class HostileFiles {
    private HostileFiles() {
    }

    /**
     * A Word file whose single document part inflates to {@code inflatedBytes} of XML (one paragraph repeated): a few
     * hundred KB on the wire, more text than any budget once unpacked.
     */
    public static byte[] zipBombDocx(long inflatedBytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\""
                    + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] paragraph = ("<w:p><w:r><w:t>" + "boom ".repeat(200) + "</w:t></w:r></w:p>")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] block = repeat(paragraph, (1 << 20) / paragraph.length);
            for (long written = 0; written < inflatedBytes; written += block.length) {
                zip.write(block);
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A PDF whose page tree claims {@code pages} pages: its {@code Kids} array lists the same one-line page that
     * many times, so the file stays under a megabyte.
     */
    public static byte[] pdfClaimingPages(int pages) {
        return pdfWithPageTree(pages, pages);
    }

    /**
     * A PDF whose page tree says it has {@code claimed} pages ({@code /Count}) and lists {@code listed} times the
     * same one-line page in its {@code Kids}.
     */
    public static byte[] pdfWithPageTree(int claimed, int listed) {
        PdfWriter pdf = new PdfWriter();
        pdf.object("<< /Type /Catalog /Pages 2 0 R >>");
        StringBuilder kids = new StringBuilder(listed * 7);
        for (int i = 0; i < listed; i++) {
            kids.append("3 0 R ");
        }
        pdf.object("<< /Type /Pages /Count " + claimed + " /Kids [" + kids + "] >>");
        pdf.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>");
        String text = "BT /F1 12 Tf 72 700 Td (A page of the hostile book.) Tj ET";
        pdf.object("<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream");
        pdf.object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        return pdf.finish();
    }

    /** An HTML page whose text sits inside {@code depth} nested {@code tag} elements. */
    public static byte[] nestedHtml(String tag, int depth) {
        StringBuilder html = new StringBuilder(depth * (2 * tag.length() + 5) + 200);
        html.append("<!DOCTYPE html><html><head><title>Deep</title></head><body>");
        html.append(("<" + tag + ">").repeat(depth));
        html.append("The deepest paragraph says hello.");
        html.append(("</" + tag + ">").repeat(depth));
        html.append("</body></html>");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code bytes} bytes of words on one line, without a single line break. */
    public static byte[] oneLine(int bytes) {
        byte[] words = "lorem ipsum dolor sit amet consectetur adipiscing elit ".getBytes(StandardCharsets.US_ASCII);
        byte[] line = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            line[i] = words[i % words.length];
        }
        return line;
    }

    /**
     * UTF-8 text about the café's hours with invalid sequences mixed in: a lone continuation byte, a truncated
     * three-byte character, an overlong encoding, 0xFF and a UTF-16 surrogate encoded in UTF-8.
     */
    public static byte[] invalidUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[][] bad = {{(byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
        String[] lines = {"Café Brötchen opens at seven o’clock — every weekday.",
                "The naïve barista serves crème brûlée on Fridays.",
                "Smörgåsbord and jalapeño toast cost €4.",
                "The café closes at three in the afternoon.",
                "Ask Zoë about the loyalty card."};
        for (int i = 0; i < lines.length; i++) {
            out.writeBytes(lines[i].getBytes(StandardCharsets.UTF_8));
            out.writeBytes(bad[i]);
            out.writeBytes("\n\n".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** A workbook with one sheet of {@code rows} rows by {@code columns} columns, a header row first. */
    public static byte[] xlsx(int rows, int columns) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("Cells");
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns; c++) {
                header.createCell(c).setCellValue("Column " + (c + 1));
            }
            for (int r = 1; r < rows; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < columns; c++) {
                    row.createCell(c).setCellValue(r * 10 + c);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static byte[] repeat(byte[] part, int times) {
        byte[] out = new byte[part.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(part, 0, out, i * part.length, part.length);
        }
        return out;
    }

    /** Writes numbered objects and a cross-reference table with their true offsets. */
    private static final class PdfWriter {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final List<Integer> offsets = new ArrayList<>();

        PdfWriter() {
            write("%PDF-1.4\n");
        }

        void object(String body) {
            offsets.add(out.size());
            write((offsets.size()) + " 0 obj\n" + body + "\nendobj\n");
        }

        byte[] finish() {
            int xref = out.size();
            StringBuilder table = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
            for (int offset : offsets) {
                table.append(String.format("%010d 00000 n \n", offset));
            }
            write(table + "trailer\n<< /Size " + (offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
                    + "\n%%EOF\n");
            return out.toByteArray();
        }

        private void write(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        }
    }
}
