package vn.vaxpass.synthetic;

import java.text.Normalizer;

/**
 * Vietnamese letters taken apart in canonical decomposition (NFD): a base letter, at most one vowel-quality mark
 * (circumflex â ê ô, breve ă, horn ơ ư) and at most one of the five tone marks, in that order.
 */
final class VietnameseLetters {

    static final char CIRCUMFLEX = '\u0302';
    static final char BREVE = '\u0306';
    static final char HORN = '\u031B';
    static final char GRAVE = '\u0300';
    static final char ACUTE = '\u0301';
    static final char HOOK_ABOVE = '\u0309';
    static final char TILDE = '\u0303';
    static final char DOT_BELOW = '\u0323';
    static final char D_STROKE = '\u0111';
    static final char CAPITAL_D_STROKE = '\u0110';

    /** The tone marks in the order of their names: huyền, sắc, hỏi, ngã, nặng. */
    static final String TONES = "" + GRAVE + ACUTE + HOOK_ABOVE + TILDE + DOT_BELOW;

    private VietnameseLetters() {
    }

    static boolean isTone(char c) {
        return TONES.indexOf(c) >= 0;
    }

    static boolean isQualityMark(char c) {
        return c == CIRCUMFLEX || c == BREVE || c == HORN;
    }

    static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The text with every mark removed and đ read as d: "Đặng Thị Hoà" becomes "Dang Thi Hoa". */
    static String withoutDiacritics(String text) {
        String decomposed = nfd(text);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c == D_STROKE ? 'd' : c == CAPITAL_D_STROKE ? 'D' : c);
        }
        return out.toString();
    }
}
