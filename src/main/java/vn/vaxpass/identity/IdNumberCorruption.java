package vn.vaxpass.identity;

/**
 * A way an ID number is damaged between the card and the record that a machine can undo from the text alone. A
 * repair names every one it assumed, so a suggestion can say what happened ("Excel dropped the leading zero").
 *
 * <p>Not here, because the text alone cannot undo them: one digit typed wrong and two neighbours swapped (compare
 * with {@link IdNumber#difference(String, String)} against registry numbers instead), and a household member's
 * number entered for the person (the number is well formed and belongs to someone else; only the registry's
 * household can tell).
 */
public enum IdNumberCorruption {
    /**
     * A spreadsheet read the number as a number and dropped its leading zeros: {@code 079085123456} became
     * {@code 79085123456}. Every 12-digit number opens with 0 (province codes run 001–096), and at most two zeros can
     * go, so 10- and 11-digit texts get them back; 7- and 8-digit texts get a 9-digit one back.
     */
    LEADING_ZEROS_LOST,
    /**
     * A spreadsheet wrote the number in scientific notation: {@code 7.9085123456E+10}, {@code 7,91E+10} (decimal
     * comma). Enough mantissa digits give the number back; fewer give an {@link IdNumberRange}.
     */
    SCIENTIFIC_NOTATION,
    /** A conversion to a floating-point number left a tail: {@code 79085123456.0}, {@code 25123456,00}. */
    DECIMAL_TAIL,
    /** A number format with digit grouping wrote commas: {@code 79,085,123,456}. */
    THOUSANDS_SEPARATORS,
    /** Letters typed for the digits they look like: O and o for 0, I and l for 1. */
    LETTER_FOR_DIGIT,
    /** Invisible characters: a byte order mark from a CSV export, zero-width spaces from copy and paste. */
    INVISIBLE_CHARACTERS
}
