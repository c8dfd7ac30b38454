package vn.vaxpass.functions.correction.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.vaxpass.csv.CsvFileException;
import vn.vaxpass.csv.CsvFormat;
import vn.vaxpass.csv.CsvRow;
import vn.vaxpass.csv.CsvRowError;
import vn.vaxpass.csv.CsvRowHandler;
import vn.vaxpass.functions.correction.sheet.SubjectSheet.Column;

/**
 * Reads a station's ID-number file saved as CSV with the same rules as a workbook: the product's CSV reader (UTF-8,
 * RFC 4180, the header exactly {@link SubjectSheet#CSV_HEADER}, the apostrophe our exports put before a formula-like
 * value taken off), then each value repaired as a cell is (an ID number that lost its leading zero, a day number, a
 * name typed in TCVN3 or VNI). Line numbers are the file's, column letters as a spreadsheet shows the CSV.
 */
final class SubjectCsvReader {

    private static final CsvFormat FORMAT = CsvFormat.withHeader(SubjectSheet.CSV_HEADER);
    private static final Map<Column, Integer> COLUMNS = columns();

    private SubjectCsvReader() {
    }

    static SubjectFile read(byte[] upload) {
        SheetBounds.checkSize(upload);
        List<SubjectRow> rows = new ArrayList<>();
        try {
            FORMAT.read(new ByteArrayInputStream(upload), new CsvRowHandler() {
                @Override
                public void row(CsvRow row) {
                    if (rows.size() == SheetBounds.MAX_ROWS) {
                        throw tooManyRows();
                    }
                    rows.add(subjectRow(row));
                }

                @Override
                public void rowError(CsvRowError error) {
                    int line = (int) error.line();
                    rows.add(new SubjectRow(line, null, null, List.of(RowIssue.under(line, -1, null,
                            error.code().name(), "Dòng CSV hỏng, không đọc được. / " + error.message())), List.of()));
                }
            });
        } catch (CsvFileException e) {
            throw new SheetProblem(400, e.code().name(), "Tệp CSV không đọc được (dòng " + e.line() + "); hãy lưu từ"
                    + " Excel bằng 'CSV UTF-8 (Comma delimited)' với dòng tiêu đề " + String.join(",",
                    SubjectSheet.CSV_HEADER) + ". / " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SubjectFile(COLUMNS, List.copyOf(rows));
    }

    private static SubjectRow subjectRow(CsvRow row) {
        int number = (int) row.line();
        Map<Column, SheetCells.Read> cells = new EnumMap<>(Column.class);
        for (Column column : Column.values()) {
            String value = row.get(column.csvName());
            SheetCells.Place place = new SheetCells.Place(number, column.ordinal(), column.header());
            cells.put(column, switch (column) {
                case ID_NUMBER -> SheetCells.idNumber(value, place);
                case DATE_OF_BIRTH -> SheetCells.birthDate(value, place);
                case FULL_NAME, GENDER -> SheetCells.name(value, place);
                case SUBJECT_ID -> SheetCells.text(value, place);
            });
        }
        return SubjectRow.of(number, cells, COLUMNS);
    }

    private static Map<Column, Integer> columns() {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (Column column : Column.values()) {
            columns.put(column, column.ordinal());
        }
        return columns;
    }

    static SheetProblem tooManyRows() {
        return new SheetProblem(413, SheetProblem.TOO_MANY_ROWS, "Tệp có hơn " + SheetBounds.MAX_ROWS + " dòng. /"
                + " The file has more than " + SheetBounds.MAX_ROWS + " rows.");
    }

    static SheetProblem columnsMissing() {
        return new SheetProblem(400, SheetProblem.COLUMNS_MISSING, "Không tìm thấy dòng tiêu đề có cột \""
                + Column.SUBJECT_ID.header() + "\" và \"" + Column.ID_NUMBER.header() + "\" trong "
                + SubjectSheet.HEADER_SEARCH_ROWS + " dòng đầu. / No header row naming the subject id and ID number"
                + " columns in the first rows.");
    }
}
