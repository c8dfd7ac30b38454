package vn.vaxpass.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Canonical forms of a Vietnamese personal name, to decide whether a vaccination record and a population-registry
 * entry carry the same name.
 *
 * <p>{@link #canonicalForm(String)} makes equal exactly the spellings that differ only in how the name was encoded or
 * typed, never in what was written:
 * <ul>
 *   <li>Unicode normalisation form (NFC or NFD input; UAX #15), output in NFC;</li>
 *   <li>tone-mark placement on the vowel clusters oa, oe and uy of open syllables (see below);</li>
 *   <li>letter case (lower case, {@link Locale#ROOT});</li>
 *   <li>white space: trimmed, runs of spaces, tabs and no-break spaces become one U+0020; invisible format
 *       characters (zero-width space, soft hyphen, byte order mark) are dropped;</li>
 *   <li>Ð (U+00D0, Icelandic eth) read as Đ (U+0110): the glyphs are identical and legacy fonts and keyboards type
 *       eth for đ (most capital Đ in our reference name lists are eth).</li>
 * </ul>
 * Everything else keeps names apart: a missing diacritic ("Nguyen" vs "Nguyễn"), a different tone ("Thủy" vs
 * "Thùy"), input-method leftovers ("Nguyeenx"), a missing or extra word.
 *
 * <h2>Tone placement</h2>
 * Vietnamese has two spellings for the syllables whose vowel is the on-glide cluster oa, oe or uy with no final
 * consonant: the traditional style puts the tone mark on the first vowel (hòa, hòe, khỏe, thúy), the newer style on
 * the main vowel (hoà, hoè, khoẻ, thuý); records hold both, often in one name. The canonical form puts it on the
 * <b>first vowel</b> (hòa, thúy) because that is the placement most stored names already have (it is the default of
 * the common Vietnamese input methods, and the reference name lists use it: "Hòa", "Thủy", "Thụy"), so the canonical
 * form usually equals the lower-cased input. The rule is applied only where the two spellings really differ:
 * <ul>
 *   <li>a syllable with a final consonant or vowel (hoàng, thuyết, toán, ngoài, khuỷu) is written the same way in both
 *       and is left alone;</li>
 *   <li>in qu and gi the u and i belong to the consonant (quý, quà, giá), so "quý" is not a u-y cluster and is left
 *       alone;</li>
 *   <li>the syllable must start with a Vietnamese initial consonant (or none), so foreign names such as "Chloé" are
 *       left alone.</li>
 * </ul>
 *
 * <p>{@link #diacriticsFreeKey(String)} is a coarser key for blocking and fuzzy matching, where "Nguyen" and "Nguyễn"
 * must meet.
 *
 * <p>Stateless and thread-safe; no reflection.
 */
public final class VietnameseNameCanonicalizer {

    /**
     * The vowels a, e, y, o, u, each with the five tone marks in the order grave, acute, hook above, tilde, dot below
     * (dấu huyền, sắc, hỏi, ngã, nặng), precomposed as NFC has them.
     */
    private static final String TONELESS_VOWELS = "aeyou";
    private static final String TONED_VOWELS = "àáảãạ" + "èéẻẽẹ" + "ỳýỷỹỵ" + "òóỏõọ" + "ùúủũụ";
    private static final int TONES = 5;

    private static final char D_STROKE = '\u0111';
    private static final char ETH = '\u00F0';

    /** Vietnamese initial consonants, lower case; "" for a syllable that starts with its vowel. */
    private static final Set<String> INITIAL_CONSONANTS = Set.of(
            "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
            "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x");

    private VietnameseNameCanonicalizer() {
    }

    /**
     * The canonical form of a name: NFC, tone mark on the first vowel of open oa/oe/uy syllables, lower case,
     * white space collapsed, eth read as đ. Two names are the same name exactly when their canonical forms are equal.
     *
     * @param name a full name or name part, in any normalisation form
     * @return the canonical form; empty for a blank name
     */
    public static String canonicalForm(String name) {
        String collapsed = NameWhitespace.collapse(name);
        char[] text = nfc(collapsed).toLowerCase(Locale.ROOT).toCharArray();
        for (int i = 0; i < text.length; i++) {
            if (text[i] == ETH) {
                text[i] = D_STROKE;
            }
        }
        placeTonesOnFirstVowel(text);
        // Lower-casing and moving a tone between precomposed vowels keep Vietnamese in NFC; check for other scripts.
        return nfc(new String(text));
    }

    /**
     * A key without any diacritic: marks removed (tone and vowel marks alike), Đ/đ (and eth) to D, the other letters
     * whose mark is drawn into the glyph to their base letter (Ø→O, Ł→L, Ħ→H, Ŧ→T), ß to SS, upper case, white space
     * collapsed. "Nguyễn Thị Thuý Hằng" and "NGUYEN THI THUY HANG" share the key {@code NGUYEN THI THUY HANG}. Not an
     * identity: different names share keys ("Hòa", "Hóa", "Hoa"); use it to find candidates only.
     *
     * @param name a full name or name part, in any normalisation form
     * @return the key; empty for a blank name
     */
    public static String diacriticsFreeKey(String name) {
        String composed = nfc(NameWhitespace.collapse(name));
        StringBuilder out = new StringBuilder(composed.length() + 4);
        for (int i = 0; i < composed.length(); ) {
            int codePoint = composed.codePointAt(i);
            i += Character.charCount(codePoint);
            int accented = AccentedLatinLetters.indexOf(codePoint);
            if (codePoint < 0x80) {
                out.append(Character.toUpperCase((char) codePoint));
            } else if (accented >= 0) {
                out.append(LatinWithoutMarks.TABLE[accented]);
            } else {
                appendWithoutMarks(out, codePoint);
            }
        }
        return out.toString();
    }

    /** Upper case, marks removed, strokes removed: the letters of {@link #diacriticsFreeKey(String)}. */
    private static void appendWithoutMarks(StringBuilder out, int codePoint) {
        String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); ) {
            int part = decomposed.codePointAt(i);
            i += Character.charCount(part);
            if (Character.getType(part) != Character.NON_SPACING_MARK) {
                appendWithoutStroke(out, Character.toUpperCase(part));
            }
        }
    }

    private static void appendWithoutStroke(StringBuilder out, int upper) {
        switch (upper) {
            case 'Đ', 'Ð' -> out.append('D');
            case 'Ø' -> out.append('O');
            case 'Ł' -> out.append('L');
            case 'Ħ' -> out.append('H');
            case 'Ŧ' -> out.append('T');
            case 'ß', 'ẞ' -> out.append("SS");
            default -> out.appendCodePoint(upper);
        }
    }

    /**
     * Each of the {@link AccentedLatinLetters} without its marks, upper case; in a holder class so that only callers
     * of {@link #diacriticsFreeKey(String)} pay for building it.
     */
    private static final class LatinWithoutMarks {

        static final String[] TABLE = new String[AccentedLatinLetters.COUNT];

        static {
            for (int i = 0; i < TABLE.length; i++) {
                StringBuilder withoutMarks = new StringBuilder(2);
                appendWithoutMarks(withoutMarks, AccentedLatinLetters.codePointAt(i));
                TABLE[i] = withoutMarks.toString();
            }
        }
    }

    /** Moves the tone of every open oa/oe/uy syllable of a lower-case NFC text from the second vowel to the first. */
    private static void placeTonesOnFirstVowel(char[] text) {
        int syllableStart = -1;
        for (int i = 0; i <= text.length; i++) {
            boolean inSyllable = i < text.length && isLetterOrMark(text[i]);
            if (inSyllable && syllableStart < 0) {
                syllableStart = i;
            } else if (!inSyllable && syllableStart >= 0) {
                placeToneOnFirstVowel(text, syllableStart, i);
                syllableStart = -1;
            }
        }
    }

    /**
     * An open oa/oe/uy syllable with the tone on its second vowel ends in o or u, then a, e or y carrying the tone.
     * Vowels with a quality mark (ă, â, ê, ô, ơ, ư) are not in {@code TONED_VOWELS}, so they never match.
     */
    private static void placeToneOnFirstVowel(char[] text, int start, int end) {
        if (end - start < 2) {
            return;
        }
        int tonedSecond = TONED_VOWELS.indexOf(text[end - 1]);
        if (tonedSecond < 0) {
            return;
        }
        char first = text[end - 2];
        char second = TONELESS_VOWELS.charAt(tonedSecond / TONES);
        int tone = tonedSecond % TONES;
        if (isOnGlideCluster(first, second)
                && INITIAL_CONSONANTS.contains(new String(text, start, end - 2 - start))) {
            text[end - 2] = TONED_VOWELS.charAt(TONELESS_VOWELS.indexOf(first) * TONES + tone);
            text[end - 1] = second;
        }
    }

    private static boolean isOnGlideCluster(char first, char second) {
        return first == 'o' && (second == 'a' || second == 'e') || first == 'u' && second == 'y';
    }

    private static boolean isLetterOrMark(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
