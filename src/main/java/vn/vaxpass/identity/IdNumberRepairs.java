package vn.vaxpass.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The numbers a damaged ID number field may have meant, found in three steps:
 * <ol>
 *   <li>scientific notation, which is read as a whole ({@link ScientificNotation});</li>
 *   <li>otherwise the text to digits: a decimal tail cut, commas and invisible characters dropped, O/o/I/l read as
 *       digits;</li>
 *   <li>the digits as they are, and with the leading zeros a spreadsheet drops put back.</li>
 * </ol>
 * Only well-formed results are kept; both lists are immutable. This is the uncommon path:
 * {@link IdNumber#parse(String)} comes here only for text that is not a clean well-formed number.
 */
record IdNumberRepairs(List<IdNumberRepair> exact, List<IdNumberRange> ranges) {

    /**
     * Province codes run 001–096, so a 12-digit number opens with one or two zeros; a 9-digit CMND opens with a
     * two-digit place code. A text missing more than two leading digits is more likely cut than zero-stripped.
     */
    static final int MAX_LOST_ZEROS = 2;

    /** A float conversion writes one or two zeros after the decimal separator: {@code .0}, {@code ,00}. */
    private static final int MAX_DECIMAL_TAIL = 2;

    private static final long CCCD_PROVINCE_UNIT = ScientificNotation.pow10(IdNumberKind.CCCD.length()
            - BirthRegistrationProvinces.PREFIX_DIGITS);

    static final IdNumberRepairs NONE = new IdNumberRepairs(List.of(), List.of());

    static IdNumberRepairs of(String raw) {
        String compact = withoutWhiteSpace(raw);
        ScientificNotation.Range range = ScientificNotation.read(compact);
        if (range != null) {
            return range.isExact()
                    ? ofDigits(Long.toString(range.lowest()), EnumSet.of(IdNumberCorruption.SCIENTIFIC_NOTATION))
                    : ofRange(range);
        }
        Set<IdNumberCorruption> corruptions = EnumSet.noneOf(IdNumberCorruption.class);
        String digits = toDigits(compact, corruptions);
        return digits == null ? NONE : ofDigits(digits, corruptions);
    }

    /** Step 2: the digits the text stands for, recording what was undone; null when something else is in it. */
    private static String toDigits(String compact, Set<IdNumberCorruption> corruptions) {
        int end = decimalTailStart(compact);
        if (end < compact.length()) {
            corruptions.add(IdNumberCorruption.DECIMAL_TAIL);
        }
        StringBuilder digits = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = compact.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == 'O' || c == 'o') {
                digits.append('0');
                corruptions.add(IdNumberCorruption.LETTER_FOR_DIGIT);
            } else if (c == 'I' || c == 'l') {
                digits.append('1');
                corruptions.add(IdNumberCorruption.LETTER_FOR_DIGIT);
            } else if (c == ',') {
                corruptions.add(IdNumberCorruption.THOUSANDS_SEPARATORS);
            } else if (NameWhitespace.isInvisible(c)) {
                corruptions.add(IdNumberCorruption.INVISIBLE_CHARACTERS);
            } else if (!IdNumber.isFormatting(c)) {
                return null;
            }
        }
        return digits.length() == 0 ? null : digits.toString();
    }

    /** Where a decimal tail ({@code .0}, {@code ,00}) starts, or the text's length when it has none. */
    private static int decimalTailStart(String compact) {
        int zeros = 0;
        int i = compact.length() - 1;
        while (i > 0 && compact.charAt(i) == '0' && zeros <= MAX_DECIMAL_TAIL) {
            zeros++;
            i--;
        }
        boolean tail = zeros >= 1 && zeros <= MAX_DECIMAL_TAIL && i > 0
                && (compact.charAt(i) == '.' || compact.charAt(i) == ',');
        return tail ? i : compact.length();
    }

    /** Step 3 for one number: itself if damage was undone, and with lost zeros put back. */
    private static IdNumberRepairs ofDigits(String digits, Set<IdNumberCorruption> corruptions) {
        List<IdNumberRepair> repairs = new ArrayList<>(2);
        if (!corruptions.isEmpty() && IdNumber.isWellFormed(digits)) {
            repairs.add(new IdNumberRepair(digits, corruptions));
        }
        addWithZeros(digits, IdNumberKind.CCCD, corruptions, repairs);
        addWithZeros(digits, IdNumberKind.CMND, corruptions, repairs);
        return repairs.isEmpty() ? NONE : new IdNumberRepairs(List.copyOf(repairs), List.of());
    }

    private static void addWithZeros(String digits, IdNumberKind kind, Set<IdNumberCorruption> corruptions,
            List<IdNumberRepair> repairs) {
        int zeros = kind.length() - digits.length();
        if (zeros < 1 || zeros > MAX_LOST_ZEROS) {
            return;
        }
        String restored = "0".repeat(zeros) + digits;
        if (IdNumber.isWellFormed(restored)) {
            Set<IdNumberCorruption> assumed = EnumSet.copyOf(corruptions);
            assumed.add(IdNumberCorruption.LEADING_ZEROS_LOST);
            repairs.add(new IdNumberRepair(restored, assumed));
        }
    }

    /** Step 3 for a rounded scientific notation: the range at each length it fits, zeros put back. */
    private static IdNumberRepairs ofRange(ScientificNotation.Range range) {
        List<IdNumberRange> ranges = new ArrayList<>(2);
        for (IdNumberKind kind : new IdNumberKind[] {IdNumberKind.CCCD, IdNumberKind.CMND}) {
            long lowest = Math.max(range.lowest(), ScientificNotation.pow10(kind.length() - 1 - MAX_LOST_ZEROS));
            long highest = Math.min(range.highest(), ScientificNotation.pow10(kind.length()) - 1);
            if (lowest > highest) {
                continue;
            }
            if (kind == IdNumberKind.CCCD) {
                long first = firstOfKnownProvince(lowest, highest);
                if (first < 0) {
                    continue;
                }
                highest = lastOfKnownProvince(highest);
                lowest = first;
            }
            ranges.add(new IdNumberRange(padded(lowest, kind), padded(highest, kind)));
        }
        return ranges.isEmpty() ? NONE : new IdNumberRepairs(List.of(), List.copyOf(ranges));
    }

    /** The smallest 12-digit number from {@code lowest} to {@code highest} with a known province code, or -1. */
    private static long firstOfKnownProvince(long lowest, long highest) {
        for (long prefix = lowest / CCCD_PROVINCE_UNIT; prefix <= highest / CCCD_PROVINCE_UNIT; prefix++) {
            if (BirthRegistrationProvinces.byPrefix((int) prefix) != null) {
                return Math.max(lowest, prefix * CCCD_PROVINCE_UNIT);
            }
        }
        return -1;
    }

    /** The largest number up to {@code highest} with a known province code; the caller has found one below. */
    private static long lastOfKnownProvince(long highest) {
        long prefix = highest / CCCD_PROVINCE_UNIT;
        while (BirthRegistrationProvinces.byPrefix((int) prefix) == null) {
            prefix--;
        }
        return Math.min(highest, (prefix + 1) * CCCD_PROVINCE_UNIT - 1);
    }

    private static String padded(long number, IdNumberKind kind) {
        String digits = Long.toString(number);
        return "0".repeat(kind.length() - digits.length()) + digits;
    }

    private static String withoutWhiteSpace(String raw) {
        StringBuilder compact = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!NameWhitespace.isSpace(c)) {
                compact.append(c);
            }
        }
        return compact.toString();
    }
}
