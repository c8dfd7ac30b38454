package vn.vaxpass.synthetic;

/**
 * A word as it comes out when the Vietnamese input method was off: the keys typed for the diacritics stay in the text.
 * Telex types quality marks by doubling (aa â, ee ê, oo ô, dd đ) or with w (aw ă, ow ơ, uw ư) and the tone with a
 * letter at the end of the word (s sắc, f huyền, r hỏi, x ngã, j nặng): "Nguyễn" becomes "Nguyeenx". VNI types digits:
 * 6 circumflex, 7 horn, 8 breve, 9 đ after the letter, and the tone at the end (1 sắc, 2 huyền, 3 hỏi, 4 ngã,
 * 5 nặng): "Nguyễn" becomes "Nguye6n4".
 */
final class InputMethodLeftovers {

    /** Keys for the tones, in the order of {@link VietnameseLetters#TONES}. */
    private static final String TELEX_TONES = "fsrxj";
    private static final String VNI_TONES = "21345";

    private InputMethodLeftovers() {
    }

    static String telex(String word) {
        return typed(word, true);
    }

    static String vni(String word) {
        return typed(word, false);
    }

    /** Whether the word has anything an input method would have typed: a mark or đ. */
    static boolean hasDiacritics(String word) {
        return !VietnameseLetters.withoutDiacritics(word).equals(word);
    }

    private static String typed(String word, boolean telex) {
        String decomposed = VietnameseLetters.nfd(word);
        StringBuilder out = new StringBuilder(decomposed.length() + 4);
        char toneKey = 0;
        char base = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (VietnameseLetters.isTone(c)) {
                int tone = VietnameseLetters.TONES.indexOf(c);
                toneKey = (telex ? TELEX_TONES : VNI_TONES).charAt(tone);
            } else if (VietnameseLetters.isQualityMark(c)) {
                out.append(qualityKey(c, base, telex));
            } else if (c == VietnameseLetters.D_STROKE || c == VietnameseLetters.CAPITAL_D_STROKE) {
                out.append(c == VietnameseLetters.D_STROKE ? 'd' : 'D').append(telex ? 'd' : '9');
                base = 'd';
            } else {
                out.append(c);
                base = Character.toLowerCase(c);
            }
        }
        if (toneKey != 0) {
            out.append(toneKey);
        }
        return out.toString();
    }

    private static char qualityKey(char mark, char base, boolean telex) {
        if (mark == VietnameseLetters.CIRCUMFLEX) {
            return telex ? base : '6';
        }
        if (mark == VietnameseLetters.HORN) {
            return telex ? 'w' : '7';
        }
        return telex ? 'w' : '8';
    }
}
