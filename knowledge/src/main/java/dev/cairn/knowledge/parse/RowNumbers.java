package dev.cairn.knowledge.parse;

import java.util.OptionalInt;

/** Numbers the table rows Tika reports for a workbook's sheets the way the spreadsheet shows them. */
interface RowNumbers {

    /**
     * The number the spreadsheet shows for a row, or empty when it is not known.
     *
     * @param sheet   the sheet, counting from 1 in the order Tika reads them
     * @param ordinal the row's position among the sheet's table rows as Tika reported them, counting from 1
     */
    OptionalInt of(int sheet, int ordinal);

    /** For a parser that reports every row, empty ones included: the position is the number. */
    static RowNumbers asReported() {
        return (sheet, ordinal) -> OptionalInt.of(ordinal);
    }

    static RowNumbers unknown() {
        return (sheet, ordinal) -> OptionalInt.empty();
    }
}
