package vn.vaxpass.functions.correction.sheet;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import vn.vaxpass.correction.ItemWork;
import vn.vaxpass.correction.Outcome;

/**
 * The one home of the list workbook's layout, which the writer and the reader share: the sheets, the columns (the
 * hidden item id and version, what the system knows, then what the village team or police fill in), the drop-down
 * labels, and the keys of the hidden sheet that says which list, at which version, the file was made from.
 */
public final class ListSheet {

    /** The sheet clerks work in (at most 31 characters, none of {@code []:*?/\}). */
    public static final String ITEMS_SHEET = "Danh sách rà soát";
    /** A very hidden sheet: the list id and version, the role the file was made for. */
    public static final String ABOUT_SHEET = "vaxpass";
    public static final String KEY_LIST_ID = "listId";
    public static final String KEY_LIST_VERSION = "listVersion";
    public static final String KEY_ROLE = "role";
    public static final String KEY_FORMAT = "format";
    /** The layout's version: a later layout can still tell an old file. */
    public static final String FORMAT = "vaxpass-correction-list/1";
    /** The hidden sheet's rows: the reader reads no more. */
    public static final int ABOUT_ROWS = 4;
    /** Row 1 holds the headers; items start on row 2 (the numbers clerks see). */
    public static final int HEADER_ROW = 0;
    public static final String DATE_FORMAT = "dd/mm/yyyy";

    private ListSheet() {
    }

    /** The columns, in order; each header Vietnamese first. */
    public enum Column {
        ITEM_ID("Mã mục / Item id", Part.HIDDEN),
        ITEM_VERSION("Phiên bản mục / Item version", Part.HIDDEN),
        SUBJECT_ID("Mã đối tượng / Subject id", Part.KNOWN),
        FULL_NAME("Họ và tên đã ghi / Recorded full name", Part.KNOWN),
        DATE_OF_BIRTH("Ngày sinh đã ghi / Recorded date of birth", Part.KNOWN),
        GENDER("Giới tính đã ghi / Recorded gender", Part.KNOWN),
        ID_NUMBER("Số định danh đã ghi / Recorded ID number", Part.KNOWN),
        VILLAGE("Thôn / Village", Part.KNOWN),
        STATE("Trạng thái / State", Part.KNOWN),
        PROBLEM("Vấn đề / Problem", Part.KNOWN),
        MISMATCHED_FIELDS("Trường không khớp / Mismatched fields", Part.KNOWN),
        SUGGESTED_ID_NUMBER("Số định danh gợi ý / Suggested ID number", Part.KNOWN),
        CONFIDENCE("Độ tin cậy / Confidence", Part.KNOWN),
        NEW_FULL_NAME("Họ và tên đúng / Correct full name", Part.FILLED),
        NEW_DATE_OF_BIRTH("Ngày sinh đúng / Correct date of birth", Part.FILLED),
        NEW_GENDER("Giới tính đúng / Correct gender", Part.FILLED),
        NEW_ID_NUMBER("Số định danh đúng / Correct ID number", Part.FILLED),
        OUTCOME("Kết quả xác minh (thôn) / Outcome (village)", Part.FILLED),
        DECISION("Quyết định (công an) / Decision (police)", Part.FILLED),
        NOTE("Ghi chú hoặc lý do / Note or reason", Part.FILLED);

        private final String header;
        private final Part part;

        Column(String header, Part part) {
            this.header = header;
            this.part = part;
        }

        public String header() {
            return header;
        }

        public Part part() {
            return part;
        }

        /** The column's letter as a spreadsheet shows it (A, B, … T). */
        public String letter() {
            return letterOf(ordinal());
        }

        public static Optional<Column> byHeader(String text) {
            String wanted = text == null ? "" : text.strip();
            return Arrays.stream(values()).filter(c -> c.header.equals(wanted)).findFirst();
        }
    }

    /** Who writes a column: nobody (hidden), the system (shaded, read only), or the village team or police. */
    public enum Part {
        HIDDEN,
        KNOWN,
        FILLED
    }

    /** The outcomes in the drop-down, Vietnamese first; the reader also takes the bare code. */
    public static final List<Choice<Outcome>> OUTCOMES = List.of(
            new Choice<>(Outcome.MOVED_AWAY, "Chuyển đi - MOVED_AWAY"),
            new Choice<>(Outcome.DECEASED, "Đã mất - DECEASED"),
            new Choice<>(Outcome.NOT_RESIDENT, "Không cư trú - NOT_RESIDENT"),
            new Choice<>(Outcome.NOT_FOUND, "Không tìm thấy - NOT_FOUND"));

    /**
     * Every outcome an item may show, with its label: those of the drop-down, and DUPLICATE_OF, which names its subject
     * kept and so is proposed one item at a time through the API, not in a file.
     */
    public static final List<Choice<Outcome>> OUTCOMES_SHOWN = Stream.concat(OUTCOMES.stream(),
            Stream.of(new Choice<>(Outcome.DUPLICATE_OF, "Trùng với đối tượng khác - DUPLICATE_OF")))
            .toList();

    /** The police's decisions in the drop-down, Vietnamese first; the reader also takes the bare code. */
    public static final List<Choice<ItemWork.Decision>> DECISIONS = List.of(
            new Choice<>(ItemWork.Decision.CONFIRM, "Xác nhận - CONFIRM"),
            new Choice<>(ItemWork.Decision.CORRECT, "Sửa theo CSDL dân cư - CORRECT"),
            new Choice<>(ItemWork.Decision.REJECT, "Từ chối - REJECT"));

    /** One drop-down entry: the value and its label. */
    public record Choice<T extends Enum<T>>(T value, String label) {
    }

    /** The choice a cell names by its label or its code, in any letter case. */
    public static <T extends Enum<T>> Optional<T> choose(List<Choice<T>> choices, String text) {
        String wanted = text.strip();
        for (Choice<T> choice : choices) {
            if (choice.label().equalsIgnoreCase(wanted) || choice.value().name().equalsIgnoreCase(wanted)
                    || choice.label().toUpperCase(Locale.ROOT).endsWith("- " + wanted.toUpperCase(Locale.ROOT))) {
                return Optional.of(choice.value());
            }
        }
        return Optional.empty();
    }

    public static <T extends Enum<T>> String labelOf(List<Choice<T>> choices, T value) {
        return choices.stream().filter(c -> c.value() == value).map(Choice::label).findFirst().orElseThrow();
    }

    static String letterOf(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }
}
