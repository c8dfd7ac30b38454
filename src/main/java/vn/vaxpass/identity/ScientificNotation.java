package vn.vaxpass.identity;

/**
 * Reads a number that a spreadsheet wrote in scientific notation ({@code 7.91E+10}, {@code 7,91E+10},
 * {@code 7.9085123456e10}) as the range of whole numbers it can stand for. Spreadsheets round to the digits they
 * show, half away from zero, so a mantissa of k significant digits and exponent e stands for every number that rounds
 * to it: mantissa × 10^(e−k+1) ± half a unit of its last digit. When the mantissa keeps every digit the range is one
 * number. (A spreadsheet also drops trailing zeros of the mantissa, so the true range can be narrower than the one
 * read; never wider.)
 */
final class ScientificNotation {

    /** An ID number has at most 12 digits: 9.99E+11 at most. */
    static final int MAX_EXPONENT = 11;
    /** A long holds 18 digits safely; no spreadsheet shows more than 15 significant ones. */
    private static final int MAX_MANTISSA_DIGITS = 18;

    private ScientificNotation() {
    }

    /** The whole numbers {@code lowest} to {@code highest}; one number when they are equal. */
    record Range(long lowest, long highest) {

        boolean isExact() {
            return lowest == highest;
        }
    }

    /**
     * The range {@code text} stands for, or null when it is not a positive whole number in scientific notation with
     * an exponent of at most {@value #MAX_EXPONENT}. The text has no white space.
     */
    static Range read(String text) {
        int exponentMark = indexOfExponentMark(text);
        if (exponentMark <= 0) {
            return null;
        }
        long mantissa = 0;
        int digits = 0;
        int fractionDigits = 0;
        boolean inFraction = false;
        for (int i = 0; i < exponentMark; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (mantissa > 0 || c != '0') {
                    digits++;
                }
                if (digits > MAX_MANTISSA_DIGITS) {
                    return null;
                }
                mantissa = mantissa * 10 + c - '0';
                if (inFraction) {
                    fractionDigits++;
                }
            } else if ((c == '.' || c == ',') && !inFraction && i > 0) {
                inFraction = true;
            } else {
                return null;
            }
        }
        int exponent = readExponent(text, exponentMark + 1);
        if (mantissa == 0 || exponent < 0) {
            return null;
        }
        int scale = exponent - fractionDigits;
        while (scale < 0 && mantissa % 10 == 0) {
            mantissa /= 10;
            scale++;
        }
        if (scale < 0) {
            return null; // not a whole number
        }
        long unit = pow10(scale);
        long value = mantissa * unit;
        return scale == 0 ? new Range(value, value) : new Range(value - unit / 2, value + unit / 2 - 1);
    }

    static long pow10(int exponent) {
        long power = 1;
        for (int i = 0; i < exponent; i++) {
            power *= 10;
        }
        return power;
    }

    private static int indexOfExponentMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'E' || c == 'e') {
                return i;
            }
        }
        return -1;
    }

    /** The exponent after the mark: an optional +, one or two digits, at most {@value #MAX_EXPONENT}; else -1. */
    private static int readExponent(String text, int start) {
        int i = start < text.length() && text.charAt(start) == '+' ? start + 1 : start;
        int length = text.length() - i;
        if (length < 1 || length > 2) {
            return -1;
        }
        int exponent = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            exponent = exponent * 10 + c - '0';
        }
        return exponent <= MAX_EXPONENT ? exponent : -1;
    }
}
