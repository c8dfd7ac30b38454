package vn.vaxpass.functions.correction.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.vaxpass.correction.SubjectValues;
import vn.vaxpass.functions.correction.sheet.SubjectSheet.Column;

/**
 * One row of the station's ID-number import as read from a workbook or a CSV: the subject, the values written (ID
 * numbers, dates and names already repaired where a repair is unambiguous, each repair a warning), and what made
 * cells unreadable (errors: the row is not applied).
 */
public record SubjectRow(int number, String subjectId, SubjectValues values, List<RowIssue> errors,
        List<RowIssue> warnings) {

    /** A row without a subject id. */
    public static final String SUBJECT_ID_MISSING = "SUBJECT_ID_MISSING";
    /** A row without an ID number: the import is for ID numbers; other data alone is a direct edit. */
    public static final String ID_NUMBER_MISSING = "ID_NUMBER_MISSING";

    /** The row from its cells as read, by column; a column the file lacks is absent. */
    static SubjectRow of(int number, Map<Column, SheetCells.Read> cells, Map<Column, Integer> columns) {
        List<RowIssue> errors = new ArrayList<>();
        List<RowIssue> warnings = new ArrayList<>();
        cells.values().forEach(read -> {
            if (read.error() != null) {
                errors.add(read.error());
            }
            warnings.addAll(read.warnings());
        });
        String subjectId = value(cells, Column.SUBJECT_ID);
        String idNumber = value(cells, Column.ID_NUMBER);
        if (subjectId == null && cells.get(Column.SUBJECT_ID).error() == null) {
            errors.add(RowIssue.under(number, columns.get(Column.SUBJECT_ID), Column.SUBJECT_ID.header(),
                    SUBJECT_ID_MISSING, "Dòng không có mã đối tượng. / The row has no subject id."));
        }
        if (idNumber == null && cells.get(Column.ID_NUMBER).error() == null) {
            errors.add(RowIssue.under(number, columns.get(Column.ID_NUMBER), Column.ID_NUMBER.header(),
                    ID_NUMBER_MISSING, "Dòng không có số định danh; tệp này dùng để nhập số định danh, thông tin khác"
                    + " hãy sửa trực tiếp. / The row has no ID number; this file imports ID numbers, edit other data"
                    + " directly."));
        }
        return new SubjectRow(number, subjectId, new SubjectValues(value(cells, Column.FULL_NAME),
                value(cells, Column.DATE_OF_BIRTH), value(cells, Column.GENDER), idNumber), List.copyOf(errors),
                List.copyOf(warnings));
    }

    /** Nothing written in any column the file has, errors aside: a row to skip without a word. */
    static boolean isBlank(Map<Column, SheetCells.Read> cells) {
        return cells.values().stream().allMatch(read -> read.value() == null && read.error() == null);
    }

    private static String value(Map<Column, SheetCells.Read> cells, Column column) {
        SheetCells.Read read = cells.get(column);
        return read == null ? null : read.value();
    }
}
