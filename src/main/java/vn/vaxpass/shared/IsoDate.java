package vn.vaxpass.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;

/**
 * Reads the two date forms a record holds, ISO 8601 {@code YYYY-MM-DD} and {@code YYYY} with ASCII digits,
 * as {@code LocalDate.parse} (strict ISO_LOCAL_DATE) and {@code Year.parse} read them, without a formatter:
 * the formatter's parse was most of the record check's time (measured). A {@code YYYY-MM-DD} date is also
 * what the DCC schema's {@code format: date} (RFC 3339 full-date) accepts.
 */
public final class IsoDate {

    private static final int FULL_DATE_LENGTH = 10;
    private static final int YEAR_LENGTH = 4;
    private static final int MONTH_AT = 5;
    private static final int DAY_AT = 8;
    private static final char SEPARATOR = '-';

    private IsoDate() {
    }

    /** The date {@code YYYY-MM-DD} names, or null when the text is not of that form or the date does not exist. */
    public static LocalDate parseFullDate(String text) {
        if (text.length() != FULL_DATE_LENGTH || text.charAt(YEAR_LENGTH) != SEPARATOR || text.charAt(MONTH_AT + 2) != SEPARATOR) {
            return null;
        }
        int year = digits(text, 0, YEAR_LENGTH);
        int month = digits(text, MONTH_AT, MONTH_AT + 2);
        int day = digits(text, DAY_AT, FULL_DATE_LENGTH);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The year {@code YYYY} names, or null when the text is not four ASCII digits. */
    public static Year parseYear(String text) {
        int year = text.length() == YEAR_LENGTH ? digits(text, 0, YEAR_LENGTH) : -1;
        return year < 0 ? null : Year.of(year);
    }

    /** The number the ASCII digits in [from, to) write, or −1 when one of them is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = 10 * value + (c - '0');
        }
        return value;
    }
}
