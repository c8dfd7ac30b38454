package vn.vaxpass.identity;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A date of birth as records hold it: a full date, or only a year for people whose day of birth is not known (many
 * elderly people). A year alone is its own value, not a day: {@code 1950} is not {@code 1950-01-01}, and the two are
 * not equal. The EU DCC writes them {@code 1950} and {@code 1950-01-01} (DCC JSON schema 1.3, {@code dob}); so does
 * {@link #toString()}.
 *
 * <p>Years {@value #MIN_YEAR}–{@value #MAX_YEAR}: four digits, as every accepted format writes them. Whether a
 * year is plausible for a living person (the DCC accepts 1900–2099, and none in the future) is for the caller to
 * decide. Immutable; equal exactly when year, month and day are equal.
 */
public final class BirthDate {

    public static final int MIN_YEAR = 1000;
    public static final int MAX_YEAR = 9999;

    private static final int YEAR_DIGITS = 4;
    private static final int MAX_DAY_OR_MONTH_DIGITS = 2;
    private static final int NONE = 0;

    private final int year;
    /** 1–12, or {@link #NONE} for a year alone. */
    private final int month;
    private final int day;

    private BirthDate(int year, int month, int day) {
        this.year = year;
        this.month = month;
        this.day = day;
    }

    /**
     * A year alone.
     *
     * @throws IllegalArgumentException outside {@value #MIN_YEAR}–{@value #MAX_YEAR}
     */
    public static BirthDate ofYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year " + year + " outside " + MIN_YEAR + "–" + MAX_YEAR);
        }
        return new BirthDate(year, NONE, NONE);
    }

    /**
     * A full date.
     *
     * @throws IllegalArgumentException for a year outside {@value #MIN_YEAR}–{@value #MAX_YEAR}
     */
    public static BirthDate of(LocalDate date) {
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            throw new IllegalArgumentException("year " + date.getYear() + " outside " + MIN_YEAR + "–" + MAX_YEAR);
        }
        return new BirthDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Reads a date of birth as clerks typed it. The position of the four-digit year decides the order of the
     * fields, so no input has two readings:
     * <ul>
     *   <li>{@code DD/MM/YYYY} and {@code D/M/YYYY}, day first as Vietnam writes dates; also with {@code -} or
     *       {@code .} between the fields ({@code 07-03-1985}, {@code 07.03.1985}), which Vietnamese documents use
     *       too;</li>
     *   <li>{@code YYYY-MM-DD} (ISO 8601, what the DCC and databases write), also with one-digit month or day and
     *       with {@code /} or {@code .};</li>
     *   <li>{@code YYYY} alone: a year-only value.</li>
     * </ul>
     * The same separator must appear twice; white space around the text is ignored, inside it is not. Month-first
     * dates (US-English spreadsheets) are read day first like all others: {@code 12/25/1985} ends in
     * {@link BirthDateError#INVALID_MONTH}, but {@code 03/07/1985} reads as 3 July, which nothing in the text can
     * contradict. Not read: two-digit years (the century is a guess), month and year without a day, a time of day,
     * spreadsheet serial numbers. No regular expression and no exception on this path.
     *
     * @param text the field as typed; may be null
     */
    public static ParseResult<BirthDate, BirthDateError> parse(String text) {
        if (text == null) {
            return ParseResult.invalid(BirthDateError.MISSING);
        }
        int start = 0;
        int end = text.length();
        while (start < end && NameWhitespace.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && NameWhitespace.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return ParseResult.invalid(BirthDateError.MISSING);
        }
        return parseFields(text, start, end);
    }

    private static ParseResult<BirthDate, BirthDateError> parseFields(String text, int start, int end) {
        // Up to three runs of ASCII digits, split by one separator character used throughout.
        int[] values = new int[3];
        int[] lengths = new int[3];
        int fields = 0;
        char separator = 0;
        int i = start;
        while (true) {
            int fieldStart = i;
            int value = 0;
            while (i < end && isAsciiDigit(text.charAt(i)) && i - fieldStart < YEAR_DIGITS) {
                value = value * 10 + text.charAt(i) - '0';
                i++;
            }
            if (i == fieldStart || fields == values.length) {
                return ParseResult.invalid(BirthDateError.UNRECOGNISED_FORMAT);
            }
            values[fields] = value;
            lengths[fields] = i - fieldStart;
            fields++;
            if (i == end) {
                break;
            }
            char c = text.charAt(i);
            if (!isSeparator(c) || separator != 0 && c != separator) {
                return ParseResult.invalid(BirthDateError.UNRECOGNISED_FORMAT);
            }
            separator = c;
            i++;
        }
        if (fields == 1 && lengths[0] == YEAR_DIGITS) {
            return values[0] < MIN_YEAR
                    ? ParseResult.invalid(BirthDateError.YEAR_OUT_OF_RANGE)
                    : ParseResult.valid(new BirthDate(values[0], NONE, NONE));
        }
        if (fields == 3 && lengths[0] == YEAR_DIGITS && isDayOrMonth(lengths[1]) && isDayOrMonth(lengths[2])) {
            return ofFields(values[0], values[1], values[2]);
        }
        if (fields == 3 && lengths[2] == YEAR_DIGITS && isDayOrMonth(lengths[0]) && isDayOrMonth(lengths[1])) {
            return ofFields(values[2], values[1], values[0]);
        }
        return ParseResult.invalid(BirthDateError.UNRECOGNISED_FORMAT);
    }

    private static ParseResult<BirthDate, BirthDateError> ofFields(int year, int month, int day) {
        if (year < MIN_YEAR) {
            return ParseResult.invalid(BirthDateError.YEAR_OUT_OF_RANGE);
        }
        if (month < 1 || month > 12) {
            return ParseResult.invalid(BirthDateError.INVALID_MONTH);
        }
        if (day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
            return ParseResult.invalid(BirthDateError.INVALID_DAY);
        }
        return ParseResult.valid(new BirthDate(year, month, day));
    }

    private static boolean isDayOrMonth(int digits) {
        return digits <= MAX_DAY_OR_MONTH_DIGITS;
    }

    private static boolean isSeparator(char c) {
        return c == '/' || c == '-' || c == '.';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public int year() {
        return year;
    }

    /** True for a year alone, with no month or day. */
    public boolean isYearOnly() {
        return month == NONE;
    }

    /** 1–12; empty for a year alone. */
    public OptionalInt month() {
        return month == NONE ? OptionalInt.empty() : OptionalInt.of(month);
    }

    /** 1–31; empty for a year alone. */
    public OptionalInt day() {
        return day == NONE ? OptionalInt.empty() : OptionalInt.of(day);
    }

    /** The day; empty for a year alone, which is no day. */
    public Optional<LocalDate> toLocalDate() {
        return month == NONE ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BirthDate that && year == that.year && month == that.month && day == that.day;
    }

    @Override
    public int hashCode() {
        return (year * 16 + month) * 32 + day;
    }

    /** ISO 8601: {@code YYYY} for a year alone, {@code YYYY-MM-DD} otherwise. */
    @Override
    public String toString() {
        if (month == NONE) {
            return Integer.toString(year);
        }
        char[] iso = {
            digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), '-',
            digit(month / 10), digit(month), '-', digit(day / 10), digit(day)
        };
        return new String(iso);
    }

    private static char digit(int value) {
        return (char) ('0' + value % 10);
    }
}
