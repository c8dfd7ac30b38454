package vn.vaxpass.synthetic;

/**
 * Vietnamese text as a clerk typed it with a legacy 8-bit font (VNI-Times, or the TCVN3/ABC {@code .VnTime} fonts):
 * it looked right on the clerk's screen, but a file that carries the bytes and is read as Windows-1252 holds other
 * characters. Written from the fonts' layouts (composition for VNI, the byte table for TCVN3), independently of the
 * matcher's decoder, so that a test of one checks the other.
 */
final class LegacyFonts {

    /** VNI's plain tone keys, in the order of {@link VietnameseLetters#TONES}: grave, acute, hook, tilde, dot. */
    private static final String VNI_TONES = "øùûõï";
    /** VNI's circumflex alone, then with each tone (same order). */
    private static final String VNI_CIRCUMFLEX = "âàáåãä";
    /** VNI's breve alone, then with each tone. */
    private static final String VNI_BREVE = "êèéúüë";
    /** VNI's i with each tone, a letter of its own. */
    private static final String VNI_TONED_I = "ìíæóò";
    private static final char VNI_O_HORN = 'ô';
    private static final char VNI_U_HORN = 'ö';
    private static final char VNI_Y_DOT = 'î';
    private static final char VNI_D_STROKE = 'ñ';

    /** TCVN3 (ABC) lower-case letters, byte for byte as Windows-1252 shows them, aligned with {@link #UNICODE}. */
    private static final String TCVN3 =
            "¸µ¶·¹¨¾»¼½Æ©ÊÇÈÉËÐÌÎÏÑªÕÒÓÔÖÝ×ØÜÞãßáâä«èåæçé¬íêëìîóïñòô\u00ADøõö÷ùýúûüþ®";
    private static final String UNICODE =
            "áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđ";
    /** TCVN3 has its own bytes for these seven capitals; other toned capitals use the lower-case byte. */
    private static final String TCVN3_CAPITALS = "¡¢£¤¥¦§";
    private static final String UNICODE_CAPITALS = "ĂÂÊÔƠƯĐ";

    private LegacyFonts() {
    }

    /** The name typed with VNI-Times, read as Windows-1252: "Nguyễn Văn Đức" → "Nguyeãn Vaên Ñöùc". */
    static String vni(String name) {
        String nfd = VietnameseLetters.nfd(name);
        StringBuilder out = new StringBuilder(name.length() * 2);
        for (int i = 0; i < nfd.length(); ) {
            char base = nfd.charAt(i++);
            char quality = 0;
            int tone = -1;
            while (i < nfd.length() && (VietnameseLetters.isTone(nfd.charAt(i)) || VietnameseLetters.isQualityMark(nfd.charAt(i)))) {
                char mark = nfd.charAt(i++);
                if (VietnameseLetters.isTone(mark)) {
                    tone = VietnameseLetters.TONES.indexOf(mark);
                } else {
                    quality = mark;
                }
            }
            out.append(vniLetter(base, quality, tone));
        }
        return out.toString();
    }

    private static String vniLetter(char base, char quality, int tone) {
        boolean upper = Character.isUpperCase(base);
        char lower = Character.toLowerCase(base);
        String typed;
        if (lower == VietnameseLetters.D_STROKE) {
            typed = String.valueOf(VNI_D_STROKE);
        } else if (lower == 'i' && tone >= 0) {
            typed = String.valueOf(VNI_TONED_I.charAt(tone));
        } else if (lower == 'y' && tone == DOT) {
            typed = String.valueOf(VNI_Y_DOT);
        } else if (quality == VietnameseLetters.HORN) {
            typed = (lower == 'o' ? VNI_O_HORN : VNI_U_HORN) + tone(tone);
        } else if (quality == VietnameseLetters.CIRCUMFLEX) {
            typed = lower + String.valueOf(VNI_CIRCUMFLEX.charAt(tone + 1));
        } else if (quality == VietnameseLetters.BREVE) {
            typed = lower + String.valueOf(VNI_BREVE.charAt(tone + 1));
        } else {
            typed = lower + tone(tone);
        }
        if (!upper) {
            return typed;
        }
        // Capitals take the capital forms of the letter and of its marks (VNI-Times has both).
        return typed.toUpperCase(java.util.Locale.ROOT);
    }

    private static final int DOT = 4;

    private static String tone(int tone) {
        return tone < 0 ? "" : String.valueOf(VNI_TONES.charAt(tone));
    }

    /** The name typed with a TCVN3 {@code .VnTime} font, read as Windows-1252: "Nguyễn Văn Đức" → "NguyÔn V¨n §øc". */
    static String tcvn3(String name) {
        String nfc = VietnameseLetters.nfc(name);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            int capital = UNICODE_CAPITALS.indexOf(c);
            int lower = UNICODE.indexOf(Character.toLowerCase(c));
            if (capital >= 0) {
                out.append(TCVN3_CAPITALS.charAt(capital));
            } else if (lower >= 0) {
                out.append(TCVN3.charAt(lower));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
