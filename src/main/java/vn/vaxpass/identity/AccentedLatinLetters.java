package vn.vaxpass.identity;

/**
 * The code points of accented Latin letters in names, for per-letter tables built once: Latin-1 Supplement letters to
 * Latin Extended-B (U+00C0–U+024F) and Latin Extended Additional (U+1E00–U+1EFF, where Vietnamese vowels with a tone
 * live). A table lookup replaces a normalisation per letter; the rest of Unicode is rare in names and is computed when
 * met.
 */
final class AccentedLatinLetters {

    private static final int LATIN_1_LETTERS_START = 0x00C0;
    private static final int LATIN_EXTENDED_B_END = 0x024F;
    private static final int LATIN_EXTENDED_ADDITIONAL_START = 0x1E00;
    private static final int LATIN_EXTENDED_ADDITIONAL_END = 0x1EFF;

    private static final int FIRST_RANGE_SIZE = LATIN_EXTENDED_B_END - LATIN_1_LETTERS_START + 1;

    /** Number of code points covered. */
    static final int COUNT = FIRST_RANGE_SIZE + LATIN_EXTENDED_ADDITIONAL_END - LATIN_EXTENDED_ADDITIONAL_START + 1;

    private AccentedLatinLetters() {
    }

    /** Position of a code point in a table, or -1 when it is not covered. */
    static int indexOf(int codePoint) {
        if (codePoint >= LATIN_1_LETTERS_START && codePoint <= LATIN_EXTENDED_B_END) {
            return codePoint - LATIN_1_LETTERS_START;
        }
        if (codePoint >= LATIN_EXTENDED_ADDITIONAL_START && codePoint <= LATIN_EXTENDED_ADDITIONAL_END) {
            return FIRST_RANGE_SIZE + codePoint - LATIN_EXTENDED_ADDITIONAL_START;
        }
        return -1;
    }

    static int codePointAt(int index) {
        return index < FIRST_RANGE_SIZE
                ? LATIN_1_LETTERS_START + index
                : LATIN_EXTENDED_ADDITIONAL_START + index - FIRST_RANGE_SIZE;
    }
}
