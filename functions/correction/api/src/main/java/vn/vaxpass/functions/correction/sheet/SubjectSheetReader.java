package vn.vaxpass.functions.correction.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import vn.vaxpass.functions.correction.sheet.SubjectSheet.Column;

/**
 * Reads a station's ID-number workbook, streaming its rows (fastexcel-reader) after {@link SheetBounds} has measured
 * it: the first of its first sheets with a header row naming the subject id and ID number columns (alone, or with the
 * row above it when the header spans two rows; a title or merged cells above it, an instructions sheet before it do no
 * harm), then each row's cells with the same repairs as a list's.
 */
final class SubjectSheetReader {

    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

    private SubjectSheetReader() {
    }

    /** Reads a workbook that {@link SheetBounds#check} accepted. */
    static SubjectFile read(byte[] upload) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(upload), WITH_FORMATS)) {
            List<Sheet> sheets = workbook.getSheets().limit(SubjectSheet.HEADER_SEARCH_SHEETS).toList();
            for (Sheet sheet : sheets) {
                try (Stream<Row> stream = sheet.openStream()) {
                    Iterator<Row> rows = stream.iterator();
                    Map<Column, Integer> above = Map.of();
                    for (int i = 0; i < SubjectSheet.HEADER_SEARCH_ROWS && rows.hasNext(); i++) {
                        Map<Column, Integer> named = named(rows.next());
                        Optional<Map<Column, Integer>> columns = header(named, above);
                        if (columns.isPresent()) {
                            return new SubjectFile(columns.get(), rows(rows, columns.get(), workbook.isDate1904()));
                        }
                        above = named;
                    }
                }
            }
            throw SubjectCsvReader.columnsMissing();
        } catch (SheetProblem refused) {
            throw refused;
        } catch (IOException | RuntimeException broken) {
            // fastexcel-reader and its XML parser fail with unchecked exceptions of their own on a damaged file.
            throw SheetBounds.notAnXlsx();
        }
    }

    /** The columns a row's cells name by their headers. */
    private static Map<Column, Integer> named(Row row) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < Math.min(row.getCellCount(), Column.values().length * 4); i++) {
            Cell cell = row.getCell(i);
            int index = i;
            if (cell != null && cell.getType() == CellType.STRING) {
                Column.byHeader(cell.asString()).ifPresent(column -> columns.putIfAbsent(column, index));
            }
        }
        return columns;
    }

    /**
     * The header, when this row and the one above name at least the required columns: a two-row header keeps some
     * headers merged down from the row above (STT, the subject id) and the others under a merged group heading.
     */
    private static Optional<Map<Column, Integer>> header(Map<Column, Integer> named, Map<Column, Integer> above) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        columns.putAll(named);
        above.forEach((column, index) -> {
            if (!named.containsValue(index)) {
                columns.putIfAbsent(column, index);
            }
        });
        boolean complete = List.of(Column.values()).stream().filter(Column::required).allMatch(columns::containsKey);
        return complete ? Optional.of(columns) : Optional.empty();
    }

    private static List<SubjectRow> rows(Iterator<Row> rows, Map<Column, Integer> columns, boolean date1904) {
        List<SubjectRow> read = new ArrayList<>();
        while (rows.hasNext()) {
            Row row = rows.next();
            Map<Column, SheetCells.Read> cells = new EnumMap<>(Column.class);
            for (Map.Entry<Column, Integer> column : columns.entrySet()) {
                int index = column.getValue();
                Cell cell = index < row.getCellCount() ? row.getCell(index) : null;
                SheetCells.Place place = new SheetCells.Place(row.getRowNum(), index, column.getKey().header());
                cells.put(column.getKey(), switch (column.getKey()) {
                    case ID_NUMBER -> SheetCells.idNumber(cell, place);
                    case DATE_OF_BIRTH -> SheetCells.birthDate(cell, place, date1904);
                    case FULL_NAME -> SheetCells.name(cell, place);
                    case GENDER -> SheetCells.name(cell, place);
                    case SUBJECT_ID -> SheetCells.text(cell, place);
                });
            }
            if (SubjectRow.isBlank(cells)) {
                continue;
            }
            if (read.size() == SheetBounds.MAX_ROWS) {
                throw SubjectCsvReader.tooManyRows();
            }
            read.add(SubjectRow.of(row.getRowNum(), cells, columns));
        }
        return read;
    }
}
