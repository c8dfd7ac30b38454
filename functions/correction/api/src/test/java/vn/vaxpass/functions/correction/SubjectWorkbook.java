package vn.vaxpass.functions.correction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.vaxpass.functions.correction.sheet.SubjectSheet;

/**
 * A station's ID-number workbook as a clerk makes one: the header row (the import's own headers unless given), the
 * rows, and optionally a merged title above the header and an instructions sheet before it. A value can be text, a
 * number (as Excel stores one typed into a General cell) or a date.
 */
final class SubjectWorkbook {

    private final List<Object[]> rows = new ArrayList<>();
    private List<String> header = Arrays.stream(SubjectSheet.Column.values()).map(SubjectSheet.Column::header)
            .toList();
    private String title;
    private boolean instructionsFirst;

    static SubjectWorkbook create() {
        return new SubjectWorkbook();
    }

    SubjectWorkbook header(String... names) {
        header = List.of(names);
        return this;
    }

    /** A title merged across the header's width, two rows above it. */
    SubjectWorkbook titled(String text) {
        title = text;
        return this;
    }

    SubjectWorkbook instructionsFirst() {
        instructionsFirst = true;
        return this;
    }

    /** A row: subject id, ID number, full name, date of birth, gender (or as the header says); null leaves a cell. */
    SubjectWorkbook row(Object... values) {
        rows.add(values);
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Test", "1.0")) {
            if (instructionsFirst) {
                workbook.newWorksheet("Hướng dẫn").value(0, 0, "Điền mỗi người một dòng ở trang sau.");
            }
            Worksheet sheet = workbook.newWorksheet("Danh sách");
            int r = 0;
            if (title != null) {
                sheet.value(0, 0, title);
                sheet.range(0, 0, 0, header.size() - 1).merge();
                r = 2;
            }
            for (int c = 0; c < header.size(); c++) {
                sheet.value(r, c, header.get(c));
            }
            for (Object[] row : rows) {
                r++;
                for (int c = 0; c < row.length; c++) {
                    write(sheet, r, c, row[c]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet sheet, int row, int column, Object value) {
        if (value instanceof LocalDate date) {
            sheet.value(row, column, date);
            sheet.style(row, column).format("dd/mm/yyyy").set();
        } else if (value instanceof BigDecimal number) {
            sheet.value(row, column, number);
        } else if (value != null) {
            sheet.value(row, column, (String) value);
        }
    }
}
