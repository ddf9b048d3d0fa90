package dev.cairn.knowledge.parse;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The row numbers of an XLSX workbook. Tika reports only the rows a sheet holds, without their numbers (and its
 * option to report empty rows too is unreliable for XLSX), so the workbook is read a second time with the same POI
 * event reader Tika uses, which sees the same rows in the same order, noting each row's number.
 */
final class XlsxRowNumbers implements RowNumbers {
    private final List<int[]> sheets;

    private XlsxRowNumbers(List<int[]> sheets) {
        this.sheets = sheets;
    }

    /**
     * The numbers of the workbook in {@code file}; unknown numbers if it cannot be read (Tika will say why). Throws
     * {@link TextBudget.Exceeded} as soon as the workbook turns out to hold more than {@code maxCells} cells, so that
     * a million-cell sheet is refused before Tika reads it.
     */
    static RowNumbers read(Path file, int maxCells) throws TextBudget.Exceeded {
        Recorder rows = new Recorder(maxCells);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            var styles = reader.getStylesTable();
            XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<int[]> sheets = new ArrayList<>();
            while (iterator.hasNext()) {
                try (InputStream sheet = iterator.next()) {
                    rows.numbers.clear();
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, iterator.getSheetComments(),
                            strings, rows, new DataFormatter(), false));
                    xml.parse(new InputSource(sheet));
                    sheets.add(rows.numbers.stream().mapToInt(Integer::intValue).toArray());
                }
            }
            return new XlsxRowNumbers(sheets);
        } catch (TooManyCells e) {
            throw new TextBudget.Exceeded(maxCells, "table cells", "cells");
        } catch (Exception | LinkageError e) {
            return RowNumbers.unknown();
        }
    }

    @Override
    public OptionalInt of(int sheet, int ordinal) {
        if (sheet < 1 || sheet > sheets.size() || ordinal < 1 || ordinal > sheets.get(sheet - 1).length) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(sheets.get(sheet - 1)[ordinal - 1]);
    }

    /** Notes the 1-based number of every row the reader starts; counts the cells of all sheets. */
    private static final class Recorder implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<Integer> numbers = new ArrayList<>();
        private final int maxCells;
        private int cells;

        Recorder(int maxCells) {
            this.maxCells = maxCells;
        }

        @Override
        public void startRow(int rowNum) {
            numbers.add(rowNum + 1);
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            if (++cells > maxCells) {
                throw new TooManyCells();
            }
        }
    }

    /** Stops the event reader, which lets no checked exception through. */
    private static final class TooManyCells extends RuntimeException {
        TooManyCells() {
            super(null, null, false, false);
        }
    }
}
