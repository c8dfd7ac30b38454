package vn.vaxpass.functions.correction.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.vaxpass.csv.CsvFileException;
import vn.vaxpass.csv.CsvFormat;
import vn.vaxpass.csv.CsvRow;
import vn.vaxpass.csv.CsvRowError;
import vn.vaxpass.csv.CsvRowHandler;
import vn.vaxpass.functions.correction.sheet.ListSheet.Column;
import vn.vaxpass.functions.correction.sheet.ListSheetReader.SheetFile;

/**
 * Reads a list's sheet saved as CSV (Excel's "CSV UTF-8": the hidden item id and version columns come along, the
 * hidden sheet with the list id and version does not) into the same rows a workbook gives: the product's CSV reader
 * (UTF-8, RFC 4180, the header exactly the list sheet's headers in order, the apostrophe our exports put before a
 * formula-like value taken off), then each value read as its cell would be. Line numbers are the file's, which are the
 * sheet's row numbers; column letters as the sheet shows them.
 */
final class ListCsvReader {

    /** The list sheet's header row, as Excel writes it into the CSV. */
    static final List<String> HEADER = Arrays.stream(Column.values()).map(Column::header).toList();

    private static final CsvFormat FORMAT = CsvFormat.withHeader(HEADER);
    private static final Map<Column, Integer> COLUMNS = columns();
    /** The header is the first line; a few kilobytes are enough to find it. */
    private static final int HEADER_BYTES = 8 * 1024;

    private ListCsvReader() {
    }

    static SheetFile read(byte[] upload) {
        SheetBounds.checkSize(upload);
        List<SheetRow> rows = new ArrayList<>();
        try {
            FORMAT.read(new ByteArrayInputStream(upload), new CsvRowHandler() {
                @Override
                public void row(CsvRow row) {
                    SheetRow one = sheetRow(row);
                    if (one.isEmpty()) {
                        return;
                    }
                    if (rows.size() == SheetBounds.MAX_ROWS) {
                        throw SubjectCsvReader.tooManyRows();
                    }
                    rows.add(one);
                }

                @Override
                public void rowError(CsvRowError error) {
                    int line = (int) error.line();
                    rows.add(new SheetRow(line, null, null, null, null, null, null, List.of(RowIssue.at(line, -1,
                            null, error.code().name(), "Dòng CSV hỏng, không đọc được. / " + error.message())),
                            List.of()));
                }
            });
        } catch (CsvFileException e) {
            if (e.code() == CsvFileException.Code.WRONG_HEADER && !namesTheItemIdColumn(upload)) {
                throw itemIdColumnMissing();
            }
            throw new SheetProblem(400, e.code().name(), "Tệp CSV không đọc được (dòng " + e.line() + "); hãy mở"
                    + " tệp .xlsx đã xuất, giữ nguyên các cột và lưu trang danh sách bằng 'CSV UTF-8 (Comma"
                    + " delimited)'. / " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SheetFile(null, COLUMNS, List.copyOf(rows));
    }

    private static SheetRow sheetRow(CsvRow row) {
        int number = (int) row.line();
        Map<Column, SheetCells.Read> cells = new EnumMap<>(Column.class);
        for (Column column : ListSheetReader.REQUIRED) {
            String value = row.get(column.ordinal());
            SheetCells.Place place = new SheetCells.Place(number, column.ordinal(), column);
            cells.put(column, switch (column) {
                case NEW_ID_NUMBER -> SheetCells.idNumber(value, place);
                case NEW_DATE_OF_BIRTH -> SheetCells.birthDate(value, place);
                case NEW_FULL_NAME, NEW_GENDER -> SheetCells.name(value, place);
                default -> SheetCells.text(value, place);
            });
        }
        return ListSheetReader.row(number, cells, COLUMNS);
    }

    /**
     * Whether the header the CSV reader refused still names the item id column: only its first line is looked at, as
     * text (the reader has decoded it as UTF-8 already, or it would have refused the file as INVALID_UTF8).
     */
    private static boolean namesTheItemIdColumn(byte[] upload) {
        String start = new String(upload, 0, Math.min(upload.length, HEADER_BYTES), StandardCharsets.UTF_8).strip();
        int end = start.indexOf('\n');
        return (end < 0 ? start : start.substring(0, end)).contains(Column.ITEM_ID.header());
    }

    private static SheetProblem itemIdColumnMissing() {
        return new SheetProblem(400, SheetProblem.ITEM_ID_COLUMN_MISSING, "Tệp CSV không có cột \""
                + Column.ITEM_ID.header() + "\" (cột ẩn A) nên không biết mỗi dòng là mục nào; không dòng nào được"
                + " nhập. Hãy mở tệp .xlsx đã xuất, không xóa cột nào (kể cả cột ẩn A, B), rồi lưu trang danh sách"
                + " bằng 'CSV UTF-8 (Comma delimited)', hoặc tải lên chính tệp .xlsx. / The CSV has no item id column"
                + " (hidden column A), so no row can be matched to its item; nothing was imported. Open the exported"
                + " .xlsx, delete no column (hidden columns A and B included) and save the list sheet as 'CSV UTF-8"
                + " (Comma delimited)', or upload the .xlsx itself.");
    }

    private static Map<Column, Integer> columns() {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (Column column : Column.values()) {
            columns.put(column, column.ordinal());
        }
        return columns;
    }
}
