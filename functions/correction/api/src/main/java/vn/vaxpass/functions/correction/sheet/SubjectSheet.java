package vn.vaxpass.functions.correction.sheet;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one home of the station's ID-number import layout, which the .xlsx and CSV readers share: a subject id and an
 * ID number on each row, and optionally the full name, date of birth and gender. In a workbook the header row may sit
 * under a title (merged cells above it) and in any sheet, and a header may be written in Vietnamese, in English, as
 * both ("Mã đối tượng / Subject id") or as the CSV's column name; a CSV's first line is exactly {@link #CSV_HEADER}.
 */
public final class SubjectSheet {

    /** The workbook's rows the reader looks through for the header row (a title, a date, a blank line above it). */
    public static final int HEADER_SEARCH_ROWS = 10;
    /** The sheets the reader looks through for the header row (an instructions sheet may come first). */
    public static final int HEADER_SEARCH_SHEETS = 5;

    private SubjectSheet() {
    }

    /** The columns; each header Vietnamese first, then the other names a clerk may have written. */
    public enum Column {
        SUBJECT_ID("Mã đối tượng / Subject id", "subject_id", true, "mã đối tượng", "subject id", "mã người"),
        ID_NUMBER("Số định danh / ID number", "id_number", true, "số định danh", "id number", "số cccd", "cccd",
                "số định danh cá nhân", "số cmnd/cccd"),
        FULL_NAME("Họ và tên / Full name", "full_name", false, "họ và tên", "họ tên", "full name"),
        DATE_OF_BIRTH("Ngày sinh / Date of birth", "date_of_birth", false, "ngày sinh", "ngày tháng năm sinh",
                "date of birth"),
        GENDER("Giới tính / Gender", "gender", false, "giới tính", "gender");

        private final String header;
        private final String csvName;
        private final boolean required;
        private final List<String> names;

        Column(String header, String csvName, boolean required, String... names) {
            this.header = header;
            this.csvName = csvName;
            this.required = required;
            this.names = List.of(names);
        }

        public String header() {
            return header;
        }

        public String csvName() {
            return csvName;
        }

        public boolean required() {
            return required;
        }

        /** The column a header names, in any letter case and spacing, NFC or not. */
        public static Optional<Column> byHeader(String text) {
            String wanted = normal(text);
            return Arrays.stream(values()).filter(column -> normal(column.header).equals(wanted)
                    || column.csvName.equals(wanted) || column.names.contains(wanted)).findFirst();
        }
    }

    /** The CSV's header line: the columns' names in order. */
    public static final List<String> CSV_HEADER = Arrays.stream(Column.values()).map(Column::csvName).toList();

    private static String normal(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
