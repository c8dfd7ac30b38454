package vn.vaxpass.functions.correction.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;

import vn.vaxpass.identity.IdNumber;
import vn.vaxpass.identity.IdNumberCorruption;
import vn.vaxpass.identity.IdNumberReading;
import vn.vaxpass.identity.IdNumberRepair;

/**
 * Reads the cells of one row the way a clerk meant them, and says so whenever it had to repair one: an ID number
 * Excel turned into a number (leading zeros lost), wrote in scientific notation, or typed with the letter O; a date
 * of birth left as Excel's day number (1900 or 1904 date system). A repair is made only when one reading is possible;
 * otherwise the cell is an error. Formulas are never evaluated.
 */
final class SheetCells {

    /** A cell holds a formula: its cached result is not taken, since nobody typed it. */
    static final String FORMULA_NOT_ACCEPTED = "FORMULA_NOT_ACCEPTED";
    /** A cell shows an Excel error (#N/A, #VALUE!…). */
    static final String CELL_ERROR = "CELL_ERROR";
    static final String CELL_TOO_LONG = "CELL_TOO_LONG";
    /** Scientific notation rounded the number: its digits cannot be known (1.23457E+11). */
    static final String ID_NUMBER_DIGITS_LOST = "ID_NUMBER_DIGITS_LOST";
    /** More than one ID number fits what the cell holds. */
    static final String ID_NUMBER_AMBIGUOUS = "ID_NUMBER_AMBIGUOUS";
    static final String ID_NUMBER_LEADING_ZEROS_RESTORED = "ID_NUMBER_LEADING_ZEROS_RESTORED";
    static final String ID_NUMBER_SCIENTIFIC_NOTATION_READ = "ID_NUMBER_SCIENTIFIC_NOTATION_READ";
    static final String ID_NUMBER_LETTERS_READ_AS_DIGITS = "ID_NUMBER_LETTERS_READ_AS_DIGITS";
    static final String ID_NUMBER_DECIMAL_TAIL_REMOVED = "ID_NUMBER_DECIMAL_TAIL_REMOVED";
    static final String ID_NUMBER_SEPARATORS_REMOVED = "ID_NUMBER_SEPARATORS_REMOVED";
    static final String ID_NUMBER_INVISIBLE_CHARACTERS_REMOVED = "ID_NUMBER_INVISIBLE_CHARACTERS_REMOVED";
    /** A name typed in TCVN3 (ABC, .VnTime fonts), read as Unicode. */
    static final String NAME_CONVERTED_FROM_TCVN3 = "NAME_CONVERTED_FROM_TCVN3";
    /** A name typed in VNI (VNI-Times fonts), read as Unicode. */
    static final String NAME_CONVERTED_FROM_VNI = "NAME_CONVERTED_FROM_VNI";
    /** A date of birth written as Excel's day number, read in the workbook's date system. */
    static final String DATE_SERIAL_READ = "DATE_SERIAL_READ";
    /** A day number no date has (0, 60 in the 1900 system, beyond 9999). */
    static final String DATE_SERIAL_INVALID = "DATE_SERIAL_INVALID";

    /** A number as a spreadsheet writes it in scientific notation: 1.23457E+11, 7,9085123456E+10. */
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d+(?:[.,]\\d+)?[eE]\\+?\\d{1,2}");
    /** Excel's 1900 system counts 29 February 1900, which never was, as day 60. */
    private static final int PHANTOM_LEAP_DAY = 60;
    private static final LocalDate DAY_ZERO_1900 = LocalDate.of(1899, 12, 31);
    private static final LocalDate DAY_ZERO_1904 = LocalDate.of(1904, 1, 1);
    private static final int SERIAL_DIGITS = 5;
    private static final int FIRST_BIRTH_YEAR = 1900;
    private static final long MAX_SERIAL = 2_958_465;

    /** What was read from one cell: the value (null when empty), and an error or warnings. */
    record Read(String value, RowIssue error, List<RowIssue> warnings) {

        static Read of(String value) {
            return new Read(value, null, List.of());
        }

        static Read failed(RowIssue error) {
            return new Read(null, error, List.of());
        }
    }

    /** Where the cell is, for the issues it raises: its row, column index and the column's header. */
    record Place(int row, int index, String header) {

        Place(int row, int index, ListSheet.Column column) {
            this(row, index, column.header());
        }

        RowIssue issue(String code, String message) {
            return RowIssue.under(row, index, header, code, message);
        }
    }

    private SheetCells() {
    }

    /** A value as text, as a CSV holds it: bounded in length; empty and blank as null. */
    static Read text(String value, Place place) {
        if (value != null && value.length() > SheetBounds.MAX_CELL_LENGTH) {
            return Read.failed(place.issue(CELL_TOO_LONG, "Ô dài quá " + SheetBounds.MAX_CELL_LENGTH + " ký tự. /"
                    + " The cell is longer than " + SheetBounds.MAX_CELL_LENGTH + " characters."));
        }
        return Read.of(value == null || value.isBlank() ? null : value.strip());
    }

    /** The cell as text: a string as typed, a number in full without exponent; empty and blank as null. */
    static Read text(Cell cell, Place place) {
        if (cell == null) {
            return Read.of(null);
        }
        String text = switch (cell.getType()) {
            case EMPTY -> null;
            case STRING -> cell.asString();
            case NUMBER -> plain(cell.asNumber());
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case FORMULA -> null;
            case ERROR -> null;
        };
        if (cell.getType() == CellType.FORMULA) {
            return Read.failed(place.issue(FORMULA_NOT_ACCEPTED, "Ô chứa công thức; hãy gõ giá trị. / The cell holds"
                    + " a formula; type the value instead."));
        }
        if (cell.getType() == CellType.ERROR) {
            return Read.failed(place.issue(CELL_ERROR, "Ô báo lỗi của Excel; hãy gõ lại giá trị. / The cell shows an"
                    + " Excel error; type the value again."));
        }
        if (text != null && text.length() > SheetBounds.MAX_CELL_LENGTH) {
            return Read.failed(place.issue(CELL_TOO_LONG, "Ô dài quá " + SheetBounds.MAX_CELL_LENGTH + " ký tự. /"
                    + " The cell is longer than " + SheetBounds.MAX_CELL_LENGTH + " characters."));
        }
        return Read.of(text == null || text.isBlank() ? null : text.strip());
    }

    /**
     * A name (or a gender, typed as a word) as the clerk meant it: typed in TCVN3 or VNI on a legacy font, it is read
     * as Unicode NFC where one reading is possible ({@link LegacyVietnamese}), with a warning.
     */
    static Read name(Cell cell, Place place) {
        return legacy(text(cell, place), place);
    }

    /** A name as text (a CSV value), read as a cell's is. */
    static Read name(String value, Place place) {
        return legacy(text(value, place), place);
    }

    private static Read legacy(Read read, Place place) {
        if (read.value() == null) {
            return read;
        }
        return LegacyVietnamese.detect(read.value()).map(converted -> new Read(converted.text(), null,
                List.of(place.issue(converted.encoding() == LegacyEncoding.TCVN3 ? NAME_CONVERTED_FROM_TCVN3
                        : NAME_CONVERTED_FROM_VNI, "Ô được gõ bằng bảng mã " + converted.encoding().clerkName()
                        + "; đã chuyển sang Unicode. Hãy kiểm tra. / The cell was typed in the legacy "
                        + converted.encoding().name() + " encoding; it was converted to Unicode. Check it."))))
                .orElse(read);
    }

    /** An ID number, repaired when exactly one well-formed number fits; each repair a warning. */
    static Read idNumber(Cell cell, Place place) {
        return idNumber(text(cell, place), place);
    }

    /** An ID number as text (a CSV value, or a cell already read), repaired as a cell's is. */
    static Read idNumber(String text, Place place) {
        return idNumber(text(text, place), place);
    }

    private static Read idNumber(Read read, Place place) {
        if (read.error() != null || read.value() == null) {
            return read;
        }
        IdNumberReading reading = IdNumber.parse(read.value());
        if (reading.isWellFormed() && reading.repairs().isEmpty()) {
            return read;
        }
        if (!reading.repairRanges().isEmpty() || reading.repairs().isEmpty()
                && SCIENTIFIC.matcher(read.value()).matches()) {
            return Read.failed(place.issue(ID_NUMBER_DIGITS_LOST, "Excel đã làm tròn số định danh thành dạng số mũ"
                    + " (như 1,23457E+11) nên mất chữ số; hãy gõ lại cả 12 chữ số và định dạng ô là Văn bản (Text). /"
                    + " Excel rounded the ID number to scientific notation and lost digits; type all 12 digits again"
                    + " in a Text cell."));
        }
        List<IdNumberRepair> repairs = reading.repairs();
        if (reading.isWellFormed() && repairs.stream().anyMatch(r -> !r.digits().equals(reading.digits()
                .orElseThrow())) || repairs.size() > 1) {
            return Read.failed(place.issue(ID_NUMBER_AMBIGUOUS, "Số định danh có thể đọc theo nhiều cách; hãy gõ lại"
                    + " đủ chữ số trong ô định dạng Văn bản (Text). / The ID number can be read more than one way;"
                    + " type it again in full in a Text cell."));
        }
        if (repairs.isEmpty()) {
            return read;
        }
        IdNumberRepair repair = repairs.get(0);
        List<RowIssue> warnings = repair.corruptions().stream().map(c -> repaired(place, c)).toList();
        return new Read(repair.digits(), null, warnings);
    }

    private static RowIssue repaired(Place place, IdNumberCorruption corruption) {
        return switch (corruption) {
            case LEADING_ZEROS_LOST -> place.issue(ID_NUMBER_LEADING_ZEROS_RESTORED, "Excel đã bỏ số 0 ở đầu số định"
                    + " danh; đã thêm lại theo mã tỉnh và độ dài. Hãy kiểm tra. / Excel dropped the ID number's leading"
                    + " zero; it was put back by province code and length. Check it.");
            case SCIENTIFIC_NOTATION -> place.issue(ID_NUMBER_SCIENTIFIC_NOTATION_READ, "Số định danh ở dạng số mũ"
                    + " (E+) nhưng còn đủ chữ số; đã đọc lại. Hãy kiểm tra. / The ID number was in scientific notation"
                    + " with every digit kept; it was read back. Check it.");
            case LETTER_FOR_DIGIT -> place.issue(ID_NUMBER_LETTERS_READ_AS_DIGITS, "Số định danh có chữ O (hoặc I, l)"
                    + " thay cho chữ số 0 (hoặc 1); đã đọc là chữ số. Hãy kiểm tra. / The ID number had the letter O"
                    + " (or I, l) for 0 (or 1); read as digits. Check it.");
            case DECIMAL_TAIL -> place.issue(ID_NUMBER_DECIMAL_TAIL_REMOVED, "Đã bỏ phần thập phân (.0) ở cuối số"
                    + " định danh. / The ID number's decimal tail (.0) was removed.");
            case THOUSANDS_SEPARATORS -> place.issue(ID_NUMBER_SEPARATORS_REMOVED, "Đã bỏ dấu phân cách hàng nghìn"
                    + " trong số định danh. / Thousands separators were removed from the ID number.");
            case INVISIBLE_CHARACTERS -> place.issue(ID_NUMBER_INVISIBLE_CHARACTERS_REMOVED, "Đã bỏ ký tự ẩn trong số"
                    + " định danh. / Invisible characters were removed from the ID number.");
        };
    }

    /**
     * A date of birth: a date cell as its day; a plain number that is a plausible year as that year; any other whole
     * number (or five digits as text) as Excel's day number in the workbook's date system, with a warning; text as
     * typed, for {@code SubjectValues} to read.
     */
    static Read birthDate(Cell cell, Place place, boolean date1904) {
        if (cell != null && cell.getType() == CellType.NUMBER && isDateFormat(cell.getDataFormatString())) {
            return Read.of(cell.asDate().toLocalDate().toString());
        }
        return birthDate(text(cell, place), cell != null && cell.getType() == CellType.NUMBER, place, date1904);
    }

    /**
     * A date of birth as text (a CSV value): a plausible year as that year, five digits as Excel's day number in the
     * 1900 system (what a General cell shows once saved as CSV), anything else as typed.
     */
    static Read birthDate(String value, Place place) {
        return birthDate(text(value, place), false, place, false);
    }

    private static Read birthDate(Read read, boolean aNumberCell, Place place, boolean date1904) {
        String text = read.value();
        if (text == null || !isDigits(text)) {
            return read;
        }
        long number = Long.parseLong(text.length() > 12 ? "-1" : text);
        boolean aYear = number >= FIRST_BIRTH_YEAR && number <= Year.now().getValue();
        if (aYear || text.length() != SERIAL_DIGITS && !aNumberCell) {
            return read;
        }
        Optional<LocalDate> serialDay = dayOf(number, date1904);
        if (serialDay.isEmpty()) {
            return Read.failed(place.issue(DATE_SERIAL_INVALID, "Ngày sinh là số " + text + ", không phải ngày nào"
                    + " trong Excel; hãy gõ dd/mm/yyyy. / The date of birth is a number that is no date; type"
                    + " dd/mm/yyyy."));
        }
        LocalDate day = serialDay.get();
        return new Read(day.toString(), null, List.of(place.issue(DATE_SERIAL_READ, "Ngày sinh là số ngày của Excel ("
                + text + ", hệ ngày " + (date1904 ? "1904" : "1900") + "); đã đọc là " + dayMonthYear(day) + ". Hãy"
                + " kiểm tra. / The date of birth was Excel's day number " + text + " (" + (date1904 ? "1904" : "1900")
                + " date system), read as " + day + ". Check it.")));
    }

    /**
     * The day an Excel day number stands for: in the 1904 system, days since 1 January 1904 (day 0); in the 1900
     * system, day 1 is 1 January 1900 and day 60 is the 29 February 1900 Excel counts but never was (empty), so later
     * days are one less. Empty outside Excel's dates.
     */
    static Optional<LocalDate> dayOf(long serial, boolean date1904) {
        if (serial < (date1904 ? 0 : 1) || serial > MAX_SERIAL || !date1904 && serial == PHANTOM_LEAP_DAY) {
            return Optional.empty();
        }
        return Optional.of(date1904 ? DAY_ZERO_1904.plusDays(serial)
                : DAY_ZERO_1900.plusDays(serial > PHANTOM_LEAP_DAY ? serial - 1 : serial));
    }

    private static String dayMonthYear(LocalDate day) {
        return String.format(Locale.ROOT, "%02d/%02d/%04d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    /** A number format that shows a date: it has a day, month or year part (not General, 0, @…). */
    static boolean isDateFormat(String format) {
        if (format == null) {
            return false;
        }
        String lower = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
        return lower.contains("d") || lower.contains("y") || lower.contains("m") && !lower.contains("general");
    }

    private static boolean isDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }
}
