package dev.cairn.knowledge.parse;

import static dev.cairn.knowledge.parse.Parsing.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.Location;
import dev.cairn.knowledge.chunk.Chunk;
import dev.cairn.knowledge.chunk.Chunkers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Passages from spreadsheets and CSV files say which rows they come from, numbered as the spreadsheet shows them. */
class SpreadsheetRowsTest {
    private static final TikaDocumentParser PARSER = new TikaDocumentParser();
    private static final Pattern ID = Pattern.compile("Id: (\\d+);");

    @ParameterizedTest
    @ValueSource(strings = {"leave.xlsx", "leave.xls"})
    void sheetRowsKeepTheirNumbersAcrossEmptyRows(String name) throws Exception {
        Map<Integer, List<String>> rows = new LinkedHashMap<>();
        rows.put(1, List.of("Leave type", "Accrual"));
        rows.put(2, List.of("Sick", "4 hours per pay period"));
        rows.put(3, List.of("Annual", "6 hours per pay period"));
        rows.put(6, List.of("Jury duty", "as needed"));

        ParsedDocument document = parse(PARSER, name, workbook(name, Map.of("Leave", rows)));

        assertThat(document.blocks()).containsExactly(
                new Block(Location.section("sheet Leave"), "Leave type: Sick; Accrual: 4 hours per pay period",
                        OptionalInt.of(2)),
                new Block(Location.section("sheet Leave"), "Leave type: Annual; Accrual: 6 hours per pay period",
                        OptionalInt.of(3)),
                new Block(Location.section("sheet Leave"), "Leave type: Jury duty; Accrual: as needed",
                        OptionalInt.of(6)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"leave.xlsx", "leave.xls"})
    void tableBelowTheTopOfTheSheetIsNumberedFromTheSheetsFirstRow(String name) throws Exception {
        Map<Integer, List<String>> rows = new LinkedHashMap<>();
        rows.put(3, List.of("Leave type", "Accrual"));
        rows.put(4, List.of("Sick", "4 hours per pay period"));

        ParsedDocument document = parse(PARSER, name, workbook(name, Map.of("Leave", rows)));
        List<Chunk> chunks = Chunkers.forName("paragraph", 1200, 150).chunk(document);

        assertThat(document.blocks()).extracting(Block::row).containsExactly(OptionalInt.of(4));
        assertThat(chunks).extracting(c -> c.location().label()).containsExactly("sheet Leave, row 4");
    }

    @Test
    void sheetWithOnlyAHeaderRowIsLocatedAtThatRow() throws Exception {
        Map<Integer, List<String>> rows = new LinkedHashMap<>();
        rows.put(2, List.of("Leave type", "Accrual"));

        ParsedDocument document = parse(PARSER, "empty.xlsx", workbook("empty.xlsx", Map.of("Leave", rows)));

        assertThat(document.blocks()).containsExactly(
                new Block(Location.section("sheet Leave"), "Leave type; Accrual", OptionalInt.of(2)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"paragraph", "sentence", "sliding-window"})
    void longSheetSplitsIntoPassagesThatEachNameTheirOwnRows(String strategy) throws Exception {
        Map<Integer, List<String>> leave = new LinkedHashMap<>();
        leave.put(1, List.of("Id", "Leave type", "Rule"));
        for (int row = 2; row <= 80; row++) {
            leave.put(row, List.of(String.valueOf(row), "Type " + row, "Accrues " + row + " hours per pay period."));
        }
        Map<Integer, List<String>> budget = new LinkedHashMap<>();
        budget.put(1, List.of("Id", "Item"));
        budget.put(2, List.of("2", "Laptops"));
        Map<String, Map<Integer, List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("Leave", leave);
        sheets.put("Budget", budget);

        ParsedDocument document = parse(PARSER, "leave.xlsx", workbook("leave.xlsx", sheets));
        List<Chunk> chunks = Chunkers.forName(strategy, 400, 120).chunk(document);

        assertThat(chunks).hasSizeGreaterThan(5);
        for (Chunk chunk : chunks) {
            Location.Rows rows = chunk.location().rows().orElseThrow();
            TreeSet<Integer> ids = ids(chunk.text());
            String sheet = ids.first() == 2 && chunk.text().contains("Laptops") ? "Budget" : "Leave";
            if (strategy.equals("sliding-window")) { // a window may begin or end inside a row, beside its id
                assertThat(rows.first()).as(chunk.text()).isBetween(ids.first() - 1, ids.first());
                assertThat(rows.last()).as(chunk.text()).isBetween(ids.last(), ids.last() + 1);
            } else {
                assertThat(rows.first()).as(chunk.text()).isEqualTo(ids.first());
                assertThat(rows.last()).as(chunk.text()).isEqualTo(ids.last());
            }
            assertThat(chunk.location().label()).isEqualTo(rows.first() == rows.last()
                    ? "sheet " + sheet + ", row " + rows.first()
                    : "sheet " + sheet + ", rows " + rows.first() + "–" + rows.last());
        }
        assertThat(chunks.get(0).location().label()).startsWith("sheet Leave, rows 2–");
        assertThat(chunks.get(chunks.size() - 1).location().label()).isEqualTo("sheet Budget, row 2");
    }

    @Test
    void csvRowsAreNumberedAsASpreadsheetWouldShowThem() throws Exception {
        String csv = "Id,Leave type,Rule\r\n"
                + "2,Sick,\"Bring a note\r\nafter three days\"\r\n"
                + "\r\n"
                + "4,Annual,Book two weeks ahead\r\n";

        ParsedDocument document = parse(PARSER, "leave.csv", csv.getBytes(StandardCharsets.UTF_8));
        List<Chunk> chunks = Chunkers.forName("paragraph", 1200, 150).chunk(document);

        assertThat(document.blocks()).extracting(Block::row).containsExactly(OptionalInt.of(2), OptionalInt.of(4));
        assertThat(chunks).hasSize(1);
        assertThat(chunks.get(0).location().label()).isEqualTo("rows 2–4");
        assertThat(chunks.get(0).location().rows()).contains(new Location.Rows(2, 4));
    }

    @Test
    void longCsvPassagesEachNameTheirRows() throws Exception {
        StringBuilder csv = new StringBuilder("Id,Note\n");
        for (int row = 2; row <= 60; row++) {
            csv.append(row).append(",Desk ").append(row).append(" is on the third floor near the kitchen.\n");
        }

        ParsedDocument document = parse(PARSER, "desks.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        List<Chunk> chunks = Chunkers.forName("paragraph", 300, 100).chunk(document);

        assertThat(chunks).hasSizeGreaterThan(5);
        for (Chunk chunk : chunks) {
            TreeSet<Integer> ids = ids(chunk.text());
            assertThat(chunk.location().label()).isEqualTo("rows " + ids.first() + "–" + ids.last());
        }
    }

    private static TreeSet<Integer> ids(String text) {
        TreeSet<Integer> ids = new TreeSet<>();
        Matcher m = ID.matcher(text);
        while (m.find()) {
            ids.add(Integer.parseInt(m.group(1)));
        }
        return ids;
    }

    /** A workbook whose sheets hold text cells at the given 1-based row numbers; other rows do not exist. */
    private static byte[] workbook(String name, Map<String, Map<Integer, List<String>>> sheets) {
        Supplier<Workbook> create = name.endsWith(".xls") ? HSSFWorkbook::new : XSSFWorkbook::new;
        try (Workbook workbook = create.get()) {
            for (Map.Entry<String, Map<Integer, List<String>>> sheet : sheets.entrySet()) {
                Sheet created = workbook.createSheet(sheet.getKey());
                for (Map.Entry<Integer, List<String>> row : sheet.getValue().entrySet()) {
                    Row r = created.createRow(row.getKey() - 1);
                    List<String> cells = new ArrayList<>(row.getValue());
                    for (int c = 0; c < cells.size(); c++) {
                        r.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
