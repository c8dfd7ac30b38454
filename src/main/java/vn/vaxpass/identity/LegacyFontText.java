package vn.vaxpass.identity;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads back Vietnamese typed with a legacy 8-bit font and delivered as Windows-1252 (or Latin-1) text: what looked
 * right on a clerk's screen with {@code VNI-Times} or a TCVN3 (ABC) {@code .VnTime} font arrives as "Nguyeãn Vaên
 * Ñöùc" (VNI: a letter, then a character for its marks) or "NguyÔn V¨n §øc" (TCVN3: one character a letter).
 *
 * <p>Both encodings reuse characters that Unicode Vietnamese has too ("Hoà" is Unicode, and VNI for "Hồ"), so text
 * is decoded only when it is <b>recognisably</b> legacy-encoded: when one of the two readings has more words that
 * are Vietnamese syllables than the text as it came ({@link VietnameseSyllables}). Unicode Vietnamese, whose words
 * are syllables already, and names of other languages (ethnic minorities' "Êban", "H'Hen"), which neither reading
 * turns into syllables, come back unchanged.
 *
 * <p>Tables: the VNI Windows and TCVN3 (TCVN 5712:1993, ABC) layouts, as the fonts draw each Vietnamese letter.
 */
public final class LegacyFontText {

    /** The Vietnamese letters in the order of the two tables below: a, ă, â, e, ê, i, o, ô, ơ, u, ư, y, đ. */
    private static final String UNICODE = "áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđ";

    /** TCVN3 lower case, letter for letter with {@link #UNICODE}; upper-case toned letters use these bytes too. */
    private static final String TCVN3 =
            "¸µ¶·¹¨¾»¼½Æ©ÊÇÈÉËÐÌÎÏÑªÕÒÓÔÖÝ×ØÜÞãßáâä«èåæçé¬íêëìîóïñòô\u00ADøõö÷ùýúûüþ®";
    private static final String TCVN3_CAPITALS = "¡¢£¤¥¦§";
    private static final String UNICODE_CAPITALS = "ĂÂÊÔƠƯĐ";

    /** VNI, letter for letter with {@link #UNICODE} (comma-separated); capitals are the same in upper case. */
    private static final String VNI = "aù,aø,aû,aõ,aï,aê,aé,aè,aú,aü,aë,aâ,aá,aà,aå,aã,aä,"
            + "eù,eø,eû,eõ,eï,eâ,eá,eà,eå,eã,eä,í,ì,æ,ó,ò,"
            + "où,oø,oû,oõ,oï,oâ,oá,oà,oå,oã,oä,ô,ôù,ôø,ôû,ôõ,ôï,"
            + "uù,uø,uû,uõ,uï,ö,öù,öø,öû,öõ,öï,yù,yø,yû,yõ,î,ñ";

    /** The highest character of plain ASCII: text with nothing above it is never legacy-encoded. */
    private static final char LAST_ASCII = '\u007F';

    private static final Map<Character, Character> FROM_TCVN3 = new HashMap<>();
    private static final Map<String, String> FROM_VNI = new HashMap<>();

    static {
        for (int i = 0; i < UNICODE.length(); i++) {
            FROM_TCVN3.put(TCVN3.charAt(i), UNICODE.charAt(i));
        }
        for (int i = 0; i < TCVN3_CAPITALS.length(); i++) {
            FROM_TCVN3.put(TCVN3_CAPITALS.charAt(i), UNICODE_CAPITALS.charAt(i));
        }
        String[] vni = VNI.split(",");
        if (vni.length != UNICODE.length() || TCVN3.length() != UNICODE.length()) {
            throw new IllegalStateException("legacy font tables are not aligned");
        }
        for (int i = 0; i < vni.length; i++) {
            String letter = String.valueOf(UNICODE.charAt(i));
            FROM_VNI.put(vni[i], letter);
            FROM_VNI.put(vni[i].toUpperCase(java.util.Locale.ROOT), letter.toUpperCase(java.util.Locale.ROOT));
        }
    }

    private LegacyFontText() {
    }

    /**
     * The text in Unicode Vietnamese (NFC) if it is recognisably VNI or TCVN3 read as Windows-1252, else the text
     * as it came.
     */
    public static String decodeIfLegacy(String text) {
        if (text == null || isAscii(text)) {
            return text;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        int asWritten = VietnameseSyllables.countSyllables(composed);
        if (asWritten == VietnameseSyllables.countWords(composed)) {
            return text;
        }
        String vni = fromVni(composed);
        String tcvn3 = fromTcvn3(composed);
        int asVni = VietnameseSyllables.countSyllables(vni);
        int asTcvn3 = VietnameseSyllables.countSyllables(tcvn3);
        if (asVni > asWritten && asVni >= asTcvn3) {
            return vni;
        }
        if (asTcvn3 > asWritten) {
            return tcvn3;
        }
        return text;
    }

    /** The text read as VNI: each two-character or one-character VNI letter replaced by its Unicode letter. */
    static String fromVni(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String pair = i + 1 < text.length() ? FROM_VNI.get(text.substring(i, i + 2)) : null;
            if (pair != null) {
                out.append(pair);
                i++;
                continue;
            }
            String single = FROM_VNI.get(text.substring(i, i + 1));
            out.append(single != null ? single : text.substring(i, i + 1));
        }
        return out.toString();
    }

    /** The text read as TCVN3: each character replaced by the letter TCVN3 draws for it. */
    static String fromTcvn3(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            Character letter = FROM_TCVN3.get(text.charAt(i));
            out.append(letter != null ? letter : text.charAt(i));
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > LAST_ASCII) {
                return false;
            }
        }
        return true;
    }
}
