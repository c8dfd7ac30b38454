package vn.vaxpass.synthetic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;

/**
 * Mistakes in a written ID number (a string of 9 or 12 digits). Each returns null when it cannot apply to that number.
 * Spreadsheets did most of the damage in 2022: a column of numbers loses its leading zeros, and a long number is shown,
 * then copied, in scientific notation.
 */
final class IdNumberMistakes {

    /** Spreadsheets show a long number with 3 to 6 significant digits, depending on the column's width. */
    private static final int MIN_SIGNIFICANT = 3;
    private static final int MAX_SIGNIFICANT = 6;

    private IdNumberMistakes() {
    }

    /** "079123456789" stored as a number: "79123456789". */
    static String lostLeadingZeros(String digits) {
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        return first == 0 ? null : digits.substring(first);
    }

    /**
     * "079123456789" stored as a number and shown in a narrow column: "7.91E+10". Every 12-digit number starts with
     * 0, so as a number it has 10 or 11 digits; only 12-digit numbers are long enough to be shown so.
     */
    static String scientificNotation(String digits, SplittableRandom random) {
        String number = lostLeadingZeros(digits);
        if (number == null || digits.length() != IdNumbers.NEW_LENGTH) {
            return null;
        }
        int significant = MIN_SIGNIFICANT + random.nextInt(MAX_SIGNIFICANT - MIN_SIGNIFICANT + 1);
        BigDecimal rounded = new BigDecimal(number).round(new MathContext(significant, RoundingMode.HALF_UP));
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
        String shown = mantissa.scale() <= 0 ? mantissa.toBigInteger().toString() : mantissa.toPlainString();
        return shown + "E+" + Provinces.zeroPadded(exponent, 2);
    }

    /** The letter O typed for one zero, or for all of them. */
    static String letterOForZero(String digits, SplittableRandom random) {
        if (digits.indexOf('0') < 0) {
            return null;
        }
        if (random.nextBoolean()) {
            return digits.replace('0', 'O');
        }
        int at;
        do {
            at = random.nextInt(digits.length());
        } while (digits.charAt(at) != '0');
        return digits.substring(0, at) + 'O' + digits.substring(at + 1);
    }

    /** One digit too many: the one before typed twice, or any digit slipped in. */
    static String extraDigit(String digits, SplittableRandom random) {
        int at = random.nextInt(digits.length() + 1);
        char extra = random.nextBoolean() && at > 0 ? digits.charAt(at - 1) : (char) ('0' + random.nextInt(10));
        return digits.substring(0, at) + extra + digits.substring(at);
    }

    static String digitDropped(String digits, SplittableRandom random) {
        int at = random.nextInt(digits.length());
        return digits.substring(0, at) + digits.substring(at + 1);
    }

    /** The first three digits replaced by a code no province has; only for 12-digit numbers. */
    static String unknownProvincePrefix(String digits, Provinces provinces, SplittableRandom random) {
        if (digits.length() != IdNumbers.NEW_LENGTH) {
            return null;
        }
        return Provinces.zeroPadded(provinces.sampleUnknownPrefix(random), 3) + digits.substring(3);
    }

    /**
     * One digit changed so that the number stays well formed. When some registry person's number is one digit away,
     * that is the typo written (as in a real, dense registry, where typos often land on someone); otherwise a random
     * digit changes, which lands on nobody.
     */
    static String oneDigitChanged(String digits, Registry registry, Provinces provinces, SplittableRandom random) {
        int self = registry.findByNumber(Long.parseLong(digits));
        String neighbour = null;
        int seen = 0;
        char[] chars = digits.toCharArray();
        for (int at = 0; at < chars.length; at++) {
            char original = chars[at];
            for (char d = '0'; d <= '9'; d++) {
                if (d == original) {
                    continue;
                }
                chars[at] = d;
                String candidate = new String(chars);
                int person = isWellFormed(candidate, provinces) ? registry.findByNumber(Long.parseLong(candidate)) : -1;
                // Reservoir sampling: each neighbour equally likely, whatever their number.
                if (person >= 0 && person != self && random.nextInt(++seen) == 0) {
                    neighbour = candidate;
                }
            }
            chars[at] = original;
        }
        if (neighbour != null) {
            return neighbour;
        }
        String changed;
        do {
            int at = random.nextInt(chars.length);
            char[] copy = digits.toCharArray();
            copy[at] = (char) ('0' + (copy[at] - '0' + 1 + random.nextInt(9)) % 10);
            changed = new String(copy);
        } while (!isWellFormed(changed, provinces));
        return changed;
    }

    private static boolean isWellFormed(String digits, Provinces provinces) {
        return digits.length() == IdNumbers.OLD_LENGTH
                || provinces.isKnownPrefix(Integer.parseInt(digits.substring(0, 3)));
    }

    /** Digits grouped by threes with a separator: "079 123 456 789". */
    static String grouped(String digits, char separator) {
        StringBuilder out = new StringBuilder(digits.length() + 4);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % 3 == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
