package vn.vaxpass.imports;

import java.util.Objects;

/**
 * What an import made of one CSV row: the values to stage, or the code and message of why the row is refused. The
 * message goes to the clerk and quotes no value of the row. Immutable.
 */
public final class RowReading {

    private final String[] values;
    private final String code;
    private final String message;

    private RowReading(String[] values, String code, String message) {
        this.values = values;
        this.code = code;
        this.message = message;
    }

    /** The staging values, one per {@link ImportTable#stagingColumns()} column; null stages NULL. */
    public static RowReading accepted(String... values) {
        return new RowReading(values.clone(), null, null);
    }

    public static RowReading refused(Enum<?> code, String message) {
        return new RowReading(null, code.name(), Objects.requireNonNull(message, "message"));
    }

    public boolean isAccepted() {
        return values != null;
    }

    /** The staging values; only for an accepted row. */
    public String[] values() {
        if (values == null) {
            throw new IllegalStateException("A refused row has no values");
        }
        return values.clone();
    }

    /** Why the row is refused; null for an accepted row. */
    public String code() {
        return code;
    }

    /** What is wrong and what to do, for the clerk; null for an accepted row. */
    public String message() {
        return message;
    }

    /** Leaves the values out: they are personal data. */
    @Override
    public String toString() {
        return isAccepted() ? "RowReading[accepted]" : "RowReading[refused " + code + "]";
    }
}
