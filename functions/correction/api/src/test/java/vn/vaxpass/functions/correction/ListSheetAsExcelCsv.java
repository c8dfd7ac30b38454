package vn.vaxpass.functions.correction;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

import vn.vaxpass.functions.correction.sheet.ListSheet;

/**
 * A list workbook's list sheet saved as Excel's "CSV UTF-8 (Comma delimited)": a byte order mark, CRLF, every row as
 * wide as the header, each cell as Excel shows it (text as typed, so ID numbers keep their zeros; a date as
 * dd/mm/yyyy; a number in General format), quoted only when it holds a comma, a quote or a line break.
 */
final class ListSheetAsExcelCsv {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int COLUMNS = ListSheet.Column.values().length;

    private ListSheetAsExcelCsv() {
    }

    static byte[] of(byte[] xlsx) {
        return of(xlsx, 0);
    }

    /** The same, the first {@code dropped} columns deleted before saving (the hidden item id, then its version). */
    static byte[] of(byte[] xlsx, int dropped) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        for (Row row : ListWorkbooks.rows(xlsx)) {
            List<String> values = new ArrayList<>();
            for (int column = dropped; column < COLUMNS; column++) {
                values.add(quoted(shown(column < row.getCellCount() ? row.getCell(column) : null)));
            }
            out.writeBytes((String.join(",", values) + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static String shown(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER && ListSheet.DATE_FORMAT.equals(cell.getDataFormatString())) {
            return cell.asDate().toLocalDate().format(DAY_MONTH_YEAR);
        }
        if (cell.getType() == CellType.NUMBER) {
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        return cell.getText();
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
