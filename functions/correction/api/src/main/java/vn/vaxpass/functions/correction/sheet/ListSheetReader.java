package vn.vaxpass.functions.correction.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import vn.vaxpass.correction.ItemWork;
import vn.vaxpass.correction.Outcome;
import vn.vaxpass.correction.SubjectValues;
import vn.vaxpass.functions.correction.sheet.ListSheet.Column;

/**
 * Reads a list workbook back, streaming its rows (fastexcel-reader) after {@link SheetBounds} has measured it: the
 * list and version it was made from (the hidden sheet), then each row's item, version and filled-in cells. Columns
 * are found by their headers, so a clerk who moves one does no harm; one that lost its header refuses the file.
 */
public final class ListSheetReader {

    /** The row has no item id (a row a clerk added, or the hidden columns were cleared). */
    public static final String ITEM_ID_MISSING = "ITEM_ID_MISSING";
    /** An outcome that is not in the drop-down. */
    public static final String UNKNOWN_OUTCOME = "UNKNOWN_OUTCOME";
    /** A decision that is not in the drop-down. */
    public static final String UNKNOWN_DECISION = "UNKNOWN_DECISION";

    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);
    /** The columns an import reads; the others are what the system knows, and are not read back. */
    static final List<Column> REQUIRED = List.of(Column.ITEM_ID, Column.ITEM_VERSION, Column.NEW_FULL_NAME,
            Column.NEW_DATE_OF_BIRTH, Column.NEW_GENDER, Column.NEW_ID_NUMBER, Column.OUTCOME, Column.DECISION,
            Column.NOTE);

    /**
     * What a list file holds: the list and version it was made from (null for a CSV, which cannot carry the hidden
     * sheet), where each column is, and its rows.
     */
    public record SheetFile(Origin origin, Map<Column, Integer> columns, List<SheetRow> rows) {

        /** Reads an upload: its kind told from its first bytes, a workbook's bounds checked, then its rows. */
        public static SheetFile read(byte[] upload) {
            if (SheetBounds.isCsv(upload)) {
                return ListCsvReader.read(upload);
            }
            SheetBounds.check(upload);
            return ListSheetReader.read(upload);
        }
    }

    /** The list and version a workbook was made from, as its hidden sheet says. */
    public record Origin(UUID listId, int listVersion) {
    }

    private ListSheetReader() {
    }

    /** Reads a workbook that {@link SheetBounds#check} accepted. */
    public static SheetFile read(byte[] upload) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(upload), WITH_FORMATS)) {
            Map<String, String> about = about(workbook);
            UUID listId;
            int listVersion;
            try {
                listId = UUID.fromString(about.getOrDefault(ListSheet.KEY_LIST_ID, ""));
                listVersion = Integer.parseInt(about.getOrDefault(ListSheet.KEY_LIST_VERSION, ""));
            } catch (IllegalArgumentException e) {
                throw notAListFile();
            }
            Sheet items = workbook.findSheet(ListSheet.ITEMS_SHEET).orElseThrow(ListSheetReader::notAListFile);
            try (Stream<Row> stream = items.openStream()) {
                Iterator<Row> rows = stream.iterator();
                if (!rows.hasNext()) {
                    throw notAListFile();
                }
                Map<Column, Integer> columns = columns(rows.next());
                return new SheetFile(new Origin(listId, listVersion), columns, rows(rows, columns,
                        workbook.isDate1904()));
            }
        } catch (SheetProblem refused) {
            throw refused;
        } catch (IOException | RuntimeException broken) {
            // fastexcel-reader and its XML parser fail with unchecked exceptions of their own on a damaged file.
            throw SheetBounds.notAnXlsx();
        }
    }

    private static Map<String, String> about(ReadableWorkbook workbook) throws IOException {
        Sheet sheet = workbook.findSheet(ListSheet.ABOUT_SHEET).orElseThrow(ListSheetReader::notAListFile);
        Map<String, String> about = new HashMap<>();
        try (Stream<Row> rows = sheet.openStream()) {
            rows.limit(ListSheet.ABOUT_ROWS).forEach(row -> about.put(row.getCellText(0), row.getCellText(1)));
        }
        if (!ListSheet.FORMAT.equals(about.get(ListSheet.KEY_FORMAT))) {
            throw notAListFile();
        }
        return about;
    }

    private static List<SheetRow> rows(Iterator<Row> rows, Map<Column, Integer> columns, boolean date1904) {
        List<SheetRow> read = new ArrayList<>();
        while (rows.hasNext()) {
            Row row = rows.next();
            SheetRow one = row(row, columns, date1904);
            if (one.isEmpty()) {
                continue;
            }
            if (read.size() == SheetBounds.MAX_ROWS) {
                throw SubjectCsvReader.tooManyRows();
            }
            read.add(one);
        }
        return read;
    }

    private static Map<Column, Integer> columns(Row header) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < Math.min(header.getCellCount(), Column.values().length * 2); i++) {
            Cell cell = header.getCell(i);
            if (cell != null && cell.getType() == CellType.STRING) {
                Column.byHeader(cell.asString())
                        .ifPresent(column -> columns.putIfAbsent(column, cell.getColumnIndex()));
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).map(Column::header).toList();
        if (!missing.isEmpty()) {
            throw new SheetProblem(400, SheetProblem.COLUMNS_MISSING, "Thiếu cột: " + String.join("; ", missing)
                    + ". Hãy xuất lại danh sách và đừng đổi tên cột. / Columns missing; export the list again and keep"
                    + " the headers.");
        }
        return columns;
    }

    private static SheetRow row(Row row, Map<Column, Integer> columns, boolean date1904) {
        int number = row.getRowNum();
        Map<Column, SheetCells.Read> cells = new EnumMap<>(Column.class);
        for (Column column : REQUIRED) {
            int index = columns.get(column);
            SheetCells.Place place = new SheetCells.Place(number, index, column);
            Cell cell = index < row.getCellCount() ? row.getCell(index) : null;
            cells.put(column, switch (column) {
                case NEW_ID_NUMBER -> SheetCells.idNumber(cell, place);
                case NEW_DATE_OF_BIRTH -> SheetCells.birthDate(cell, place, date1904);
                case NEW_FULL_NAME, NEW_GENDER -> SheetCells.name(cell, place);
                default -> SheetCells.text(cell, place);
            });
        }
        return row(number, cells, columns);
    }

    /**
     * One row from its {@link #REQUIRED} cells as read, whatever the file's kind (a workbook's cells, a CSV's values):
     * the item and version, the values, the outcome or decision from the drop-down's labels, and every issue.
     */
    static SheetRow row(int number, Map<Column, SheetCells.Read> cells, Map<Column, Integer> columns) {
        List<RowIssue> errors = new ArrayList<>();
        List<RowIssue> warnings = new ArrayList<>();
        Map<Column, String> text = new EnumMap<>(Column.class);
        for (Column column : REQUIRED) {
            SheetCells.Read read = cells.get(column);
            if (read.error() != null) {
                errors.add(read.error());
            }
            warnings.addAll(read.warnings());
            text.put(column, read.value());
        }
        Long itemId = number(text.get(Column.ITEM_ID));
        Integer itemVersion = itemId == null ? null : version(text.get(Column.ITEM_VERSION));
        if (itemId == null || itemVersion == null) {
            errors.add(0, RowIssue.at(number, columns.get(Column.ITEM_ID), Column.ITEM_ID, ITEM_ID_MISSING, "Dòng"
                    + " không có mã mục (cột ẩn A, B); chỉ sửa các dòng đã xuất, đừng thêm dòng. / The row has no item"
                    + " id (hidden columns A, B); edit the exported rows only."));
        }
        Outcome outcome = choice(ListSheet.OUTCOMES, text.get(Column.OUTCOME), number, columns.get(Column.OUTCOME),
                Column.OUTCOME, UNKNOWN_OUTCOME, errors);
        ItemWork.Decision decision = choice(ListSheet.DECISIONS, text.get(Column.DECISION), number,
                columns.get(Column.DECISION), Column.DECISION, UNKNOWN_DECISION, errors);
        SubjectValues values = new SubjectValues(text.get(Column.NEW_FULL_NAME), text.get(Column.NEW_DATE_OF_BIRTH),
                text.get(Column.NEW_GENDER), text.get(Column.NEW_ID_NUMBER));
        return new SheetRow(number, itemId, itemVersion, values, outcome, decision, text.get(Column.NOTE),
                List.copyOf(errors), List.copyOf(warnings));
    }

    private static <T extends Enum<T>> T choice(List<ListSheet.Choice<T>> choices, String text, int row, int index,
            Column column, String code, List<RowIssue> errors) {
        if (text == null) {
            return null;
        }
        return ListSheet.choose(choices, text).orElseGet(() -> {
            errors.add(RowIssue.at(row, index, column, code, "Hãy chọn một giá trị trong danh sách thả xuống. / Choose"
                    + " a value from the drop-down list."));
            return null;
        });
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer version(String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static SheetProblem notAListFile() {
        return new SheetProblem(400, SheetProblem.NOT_A_LIST_FILE, "Tệp không phải danh sách rà soát do hệ thống"
                + " xuất; hãy tải danh sách về rồi điền vào đó. / The file is not a list this system exported; download"
                + " the list and fill that in.");
    }
}
