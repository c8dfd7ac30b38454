package vn.vaxpass.identity;

/** Why a date-of-birth field could not be read ({@link BirthDate#parse(String)}), checked in this order. */
public enum BirthDateError {
    /** Null, empty or only white space. */
    MISSING,
    /**
     * Not one of the accepted shapes: a two-digit year, a month and year without a day, mixed separators, letters,
     * a time of day, an Excel serial number.
     */
    UNRECOGNISED_FORMAT,
    /** A four-digit year before {@value BirthDate#MIN_YEAR}, such as 0985: a typing error, not a birth year. */
    YEAR_OUT_OF_RANGE,
    /** Month 0 or above 12, as in 12/25/1985 (the month first, as US-English spreadsheets write it). */
    INVALID_MONTH,
    /** Day 0 or beyond the end of the month: 31/04/1990, 29/02/1990 (1990 is not a leap year). */
    INVALID_DAY
}
