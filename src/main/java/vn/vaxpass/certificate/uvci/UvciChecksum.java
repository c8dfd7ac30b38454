package vn.vaxpass.certificate.uvci;

/**
 * The optional UVCI check character: Luhn mod N over the whole UVCI, prefix included
 * (guidelines Annex 2, "Code suffix / Checksum"; DCC schema FAQ, "UVCI checksum").
 *
 * <p>Annex 2 only names the algorithm; the code points come from the DCC schema FAQ's "Luhn-Mod-N charset"
 * and its reference implementation ({@code examples/Luhn-Mod-N/luhn_mod_n.py}, {@code _CODE_POINTS}), also
 * used by DIGG's dgc-java ({@code UVCIChecksumCalculator.LUHN_MOD_N_CHARSET}): letters first, then digits,
 * then the two separators. {@code #} is not a code point: it only ever separates the check character
 * (eu-dcc-schema issue #63, PR #70). An ordering with digits first would give other check characters
 * (the FAQ example would end in {@code K} instead of {@code Z}).
 *
 * <p>Detects every single-character substitution. Like every Luhn variant it misses one adjacent
 * transposition: the first and the last code point ({@code A} and {@code :}) swapped.
 */
public final class UvciChecksum {

    /** The code points, in order: the character at index i has code point i. */
    public static final String CODE_POINTS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/:";

    /** N of Luhn mod N: the number of code points, 38. */
    public static final int N = CODE_POINTS.length();

    private UvciChecksum() {
    }

    /** Whether the character has a code point, i.e. may appear in a UVCI outside the checksum delimiter. */
    public static boolean isCodePoint(char c) {
        return CODE_POINTS.indexOf(c) >= 0;
    }

    /**
     * The check character for the text (the whole UVCI without {@code #} and check character).
     *
     * @throws IllegalArgumentException if the text is empty or has a character without a code point
     */
    public static char compute(CharSequence text) {
        if (text.length() == 0) {
            throw new IllegalArgumentException("nothing to compute a check character over");
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isCodePoint(text.charAt(i))) {
                throw new IllegalArgumentException("character '" + text.charAt(i) + "' at " + i + " has no code point");
            }
        }
        int sum = luhnSum(text);
        return CODE_POINTS.charAt((N - sum % N) % N);
    }

    /**
     * Whether the check character is the right one for the text.
     *
     * @throws IllegalArgumentException if the text is empty or has a character without a code point
     */
    public static boolean verify(CharSequence text, char checkCharacter) {
        return isCodePoint(checkCharacter) && compute(text) == checkCharacter;
    }

    /**
     * Whether a complete UVCI ends in {@code #} and the right check character. False for a UVCI without
     * checksum or with a character outside the alphabet; says nothing about the rest of the format.
     */
    public static boolean verify(String uvciWithChecksum) {
        int length = uvciWithChecksum.length();
        if (length < 3 || uvciWithChecksum.charAt(length - 2) != Uvci.CHECKSUM_DELIMITER) {
            return false;
        }
        String text = uvciWithChecksum.substring(0, length - 2);
        return text.chars().allMatch(c -> isCodePoint((char) c)) && verify(text, uvciWithChecksum.charAt(length - 1));
    }

    // From the right, factors alternate 2, 1, 2...: the check character will take the place of factor 1.
    private static int luhnSum(CharSequence text) {
        int factor = 2;
        int sum = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            int addend = factor * CODE_POINTS.indexOf(text.charAt(i));
            sum += addend / N + addend % N;
            factor = factor == 2 ? 1 : 2;
        }
        return sum;
    }
}
