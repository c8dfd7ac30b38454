package vn.vaxpass.identity;

/**
 * White space and invisible characters as names arrive from web forms, copy and paste and spreadsheet exports:
 * no-break spaces, tabs, runs of spaces, zero-width spaces, soft hyphens, byte order marks.
 */
final class NameWhitespace {

    private static final char SPACE = ' ';

    private NameWhitespace() {
    }

    /**
     * Any white space or Unicode space separator. {@link Character#isWhitespace(int)} alone excludes the no-break
     * spaces (U+00A0, U+2007, U+202F), which are common in exported registry data.
     */
    static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    /**
     * Format characters (Unicode category Cf: zero-width space and joiners, soft hyphen, byte order mark, direction
     * marks). They are invisible, so two names that differ only in them look the same to the person who typed them;
     * UAX #31 identifier matching drops them for the same reason.
     */
    static boolean isInvisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT;
    }

    /**
     * Trims, turns every run of spaces into one U+0020 and drops invisible characters. Returns {@code text} itself
     * when there is nothing to change, which is the common case in bulk matching.
     */
    static String collapse(String text) {
        if (isCollapsed(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean spacePending = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isSpace(codePoint)) {
                spacePending = out.length() > 0;
            } else if (!isInvisible(codePoint)) {
                if (spacePending) {
                    out.append(SPACE);
                    spacePending = false;
                }
                out.appendCodePoint(codePoint);
            }
        }
        return out.toString();
    }

    private static boolean isCollapsed(String text) {
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c == SPACE) {
                if (i == 0 || i == last || text.charAt(i - 1) == SPACE) {
                    return false;
                }
            } else if (c >= 0x80 || c < 0x20) {
                // Rare outside ASCII letters: let the slow path decide per code point (surrogates included).
                if (Character.isSurrogate(c) || isSpace(c) || isInvisible(c)) {
                    return false;
                }
            }
        }
        return true;
    }
}
