package vn.vaxpass.identity;

/**
 * Vietnamese ID numbers as records carry them: the old 9-digit CMND and the 12-digit CCCD (personal identification
 * number), read by one contract.
 * <ul>
 *   <li>Formatting is ignored: white space anywhere (no-break spaces and tabs included), dots and dashes (any Unicode
 *       dash punctuation).</li>
 *   <li>Well formed: 9 digits, or 12 digits whose first three are one of the 63 province codes of birth
 *       registration ({@link BirthRegistrationProvince}). Nothing else is checked: the century–gender digit is
 *       evidence ({@link CccdEvidence}), not validity.</li>
 *   <li>Missing: null, or nothing left once formatting is removed ({@code ""}, {@code " - "}).</li>
 *   <li>Everything else is malformed, with the first {@link IdNumberDefect} it shows.</li>
 * </ul>
 * Beyond the contract, a reading offers the numbers a damaged field may have meant ({@link IdNumberCorruption}), and
 * {@link #difference(String, String)} tells typing errors, which no text alone can undo, when comparing with
 * registry numbers.
 *
 * <p>Stateless and thread-safe. A clean well-formed field is read in one pass, allocating only the reading and a
 * CCCD's evidence; no regular expressions, no exceptions.
 */
public final class IdNumber {

    private IdNumber() {
    }

    /**
     * Reads an ID number field as typed.
     *
     * @param raw the field; may be null
     * @return its reading; never null
     */
    public static IdNumberReading parse(String raw) {
        if (raw == null) {
            return IdNumberReading.missing();
        }
        String digits = isAsciiDigits(raw) ? raw : withoutFormatting(raw);
        if (digits == null) {
            return IdNumberReading.malformed(IdNumberDefect.NON_DIGIT, null, IdNumberRepairs.of(raw));
        }
        if (digits.isEmpty()) {
            return IdNumberReading.missing();
        }
        // A dot can also be a decimal separator (25123456.0): then the well-formed reading may not be the number.
        boolean mayHideAnother = raw.indexOf('.') >= 0;
        if (digits.length() == IdNumberKind.CMND.length()) {
            return IdNumberReading.wellFormed(IdNumberKind.CMND, digits, null, repairsIf(mayHideAnother, raw));
        }
        if (digits.length() != IdNumberKind.CCCD.length()) {
            return IdNumberReading.malformed(IdNumberDefect.WRONG_LENGTH, digits, IdNumberRepairs.of(raw));
        }
        BirthRegistrationProvince province = BirthRegistrationProvinces.byPrefix(digits, 0);
        if (province == null) {
            return IdNumberReading.malformed(IdNumberDefect.UNKNOWN_PROVINCE, digits, IdNumberRepairs.of(raw));
        }
        return IdNumberReading.wellFormed(IdNumberKind.CCCD, digits, CccdEvidence.decode(digits, province),
                repairsIf(mayHideAnother, raw));
    }

    /**
     * How two ID numbers differ, position by position: identical, one digit substituted, two neighbouring digits
     * swapped, or more. Compares the strings as given, so pass normalised digits ({@link IdNumberReading#digits()},
     * a repair candidate, a registry number). One pass, no allocation.
     */
    public static IdNumberDifference difference(String a, String b) {
        if (a.length() != b.length()) {
            return IdNumberDifference.DIFFERENT;
        }
        int first = -1;
        int second = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (first < 0) {
                    first = i;
                } else if (second < 0) {
                    second = i;
                } else {
                    return IdNumberDifference.DIFFERENT;
                }
            }
        }
        if (first < 0) {
            return IdNumberDifference.IDENTICAL;
        }
        if (second < 0) {
            return IdNumberDifference.ONE_SUBSTITUTION;
        }
        return second == first + 1 && a.charAt(first) == b.charAt(second) && a.charAt(second) == b.charAt(first)
                ? IdNumberDifference.ADJACENT_TRANSPOSITION
                : IdNumberDifference.DIFFERENT;
    }

    /** White space, dots and dashes: what the contract ignores. */
    static boolean isFormatting(char c) {
        return c == ' ' || c == '.' || c == '-' || NameWhitespace.isSpace(c)
                || Character.getType(c) == Character.DASH_PUNCTUATION;
    }

    /** True for ASCII digits making a well-formed number by the contract. */
    static boolean isWellFormed(String digits) {
        return digits.length() == IdNumberKind.CMND.length()
                || digits.length() == IdNumberKind.CCCD.length()
                && BirthRegistrationProvinces.byPrefix(digits, 0) != null;
    }

    private static IdNumberRepairs repairsIf(boolean needed, String raw) {
        return needed ? IdNumberRepairs.of(raw) : IdNumberRepairs.NONE;
    }

    /** The ASCII digits of {@code raw} without formatting, or null when anything else is in it. */
    private static String withoutFormatting(String raw) {
        StringBuilder digits = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (!isFormatting(c)) {
                return null;
            }
        }
        return digits.toString();
    }

    private static boolean isAsciiDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
