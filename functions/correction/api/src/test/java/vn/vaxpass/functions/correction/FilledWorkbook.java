package vn.vaxpass.functions.correction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

import vn.vaxpass.functions.correction.sheet.ListSheet;
import vn.vaxpass.functions.correction.sheet.ListSheet.Column;

/**
 * An exported list as a clerk fills it in: the exported cells copied as they are (dates as dates, text as text),
 * with the cells a test sets in place of theirs; a value can be text, a number (as Excel stores a number typed into a
 * General cell), a date, or a formula. In this module's test-jar: {@code bench-worklist} fills its lists with it.
 */
public final class FilledWorkbook {

    /** A formula a clerk typed, as opposed to text. */
    record Formula(String expression) {
    }

    private final List<Row> rows;
    private final Map<String, String> about;
    private final Map<String, Map<Column, Object>> changes = new HashMap<>();
    private boolean date1904;

    private FilledWorkbook(byte[] exported) {
        this.rows = ListWorkbooks.rows(exported);
        this.about = ListWorkbooks.about(exported);
    }

    public static FilledWorkbook from(byte[] exported) {
        return new FilledWorkbook(exported);
    }

    /** Sets a cell of one subject's row: a String, a Number, a LocalDate, a Formula, or null to clear it. */
    public FilledWorkbook set(String subjectId, Column column, Object value) {
        changes.computeIfAbsent(subjectId, id -> new HashMap<>()).put(column, value == null ? "" : value);
        return this;
    }

    /** Saved as Excel for Mac once did: day numbers count from 1 January 1904. */
    FilledWorkbook in1904DateSystem() {
        date1904 = true;
        return this;
    }

    /** The subjects of the list's rows, in the sheet's order. */
    public List<String> subjectIds() {
        return rows.stream().skip(1).map(row -> row.getCellText(Column.SUBJECT_ID.ordinal())).toList();
    }

    public byte[] bytes() {
        byte[] written = written();
        return date1904 ? withPart(written, "xl/workbook.xml", xml -> xml.replace("date1904=\"false\"",
                "date1904=\"true\"")) : written;
    }

    /** The package with one part's text changed, every other part as it was. */
    static byte[] withPart(byte[] xlsx, String name, UnaryOperator<String> change) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get();
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipArchiveEntry entry : Collections.list(in.getEntries())) {
                byte[] content;
                try (InputStream part = in.getInputStream(entry)) {
                    content = part.readAllBytes();
                }
                if (entry.getName().equals(name)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private byte[] written() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(ListSheet.ITEMS_SHEET);
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                for (Cell cell : row) {
                    if (cell != null) {
                        copy(sheet, r, cell);
                    }
                }
                Map<Column, Object> changed = changes.get(row.getCellText(Column.SUBJECT_ID.ordinal()));
                if (r > 0 && changed != null) {
                    for (Map.Entry<Column, Object> change : changed.entrySet()) {
                        write(sheet, r, change.getKey().ordinal(), change.getValue());
                    }
                }
            }
            Worksheet hidden = workbook.newWorksheet(ListSheet.ABOUT_SHEET);
            int line = 0;
            for (Map.Entry<String, String> entry : about.entrySet()) {
                hidden.value(line, 0, entry.getKey());
                hidden.value(line++, 1, entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void copy(Worksheet sheet, int row, Cell cell) {
        int column = cell.getColumnIndex();
        if (cell.getType() == CellType.NUMBER && ListSheet.DATE_FORMAT.equals(cell.getDataFormatString())) {
            write(sheet, row, column, cell.asDate().toLocalDate());
        } else if (cell.getType() == CellType.NUMBER) {
            write(sheet, row, column, cell.asNumber());
        } else if (cell.getType() == CellType.STRING) {
            write(sheet, row, column, cell.asString());
        }
    }

    private static void write(Worksheet sheet, int row, int column, Object value) {
        if (value instanceof LocalDate date) {
            sheet.value(row, column, date);
            sheet.style(row, column).format(ListSheet.DATE_FORMAT).set();
        } else if (value instanceof Number number) {
            sheet.value(row, column, number instanceof BigDecimal ? number : new BigDecimal(number.toString()));
        } else if (value instanceof Formula formula) {
            sheet.formula(row, column, formula.expression());
        } else {
            sheet.value(row, column, "".equals(value) ? null : (String) value);
        }
    }
}
