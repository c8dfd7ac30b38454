package vn.vaxpass.identity;

import java.text.Normalizer;

/**
 * The machine-readable form of a name for the EU DCC fields {@code nam.fnt} and {@code nam.gnt}: ICAO Doc 9303
 * Part 3 (8th edition, 2021), section 6, transliteration of multinational Latin characters, with Doc 9303's rules for
 * punctuation in names, within the DCC JSON schema's {@code fnt}/{@code gnt} constraints (pattern
 * {@code ^[A-Z<]*$}, {@code maxLength} 80).
 *
 * <ul>
 *   <li>Diacritics are removed (Vietnamese Ễ, Ư, Ơ, Ă and their tone marks included), except where Doc 9303 spells a
 *       letter out: Ä→AE, Å→AA, Ö→OE, Ü→UE ("Gößinger"→{@code GOESSINGER}, the DCC specification's own example).</li>
 *   <li>Letters without a decomposition follow the table: Đ→D (dropped by most "strip accents" code, so "Đặng Văn
 *       Đức" would lose letters), Ð→D, Æ→AE, Œ→OE, Ø→OE, Þ→TH, ß→SS, Ĳ→IJ, Ħ→H, ı→I, Ŀ→L, Ł→L, Ŋ→N, Ŧ→T.</li>
 *   <li>Upper case; spaces, hyphens and commas separate name components and become one filler {@code <}; apostrophes
 *       and all other characters are omitted; no leading, trailing or double filler.</li>
 *   <li>At most {@value #DCC_MAX_LENGTH} characters: longer output is cut there, then trailing fillers are
 *       dropped.</li>
 * </ul>
 * Input is read in NFC, so NFD input and either Vietnamese tone-mark placement give the same output. Letters of other
 * scripts (Cyrillic, Greek, Arabic, CJK...) have no transliteration here and are rejected rather than silently
 * dropped.
 *
 * <p>Stateless and thread-safe; no reflection.
 */
public final class IcaoTransliteration {

    /** {@code maxLength} of {@code fnt} and {@code gnt} in the DCC JSON schema. */
    public static final int DCC_MAX_LENGTH = 80;

    /** The ICAO filler character, separating name components. */
    public static final char FILLER = '<';

    /** Transliteration of each {@link AccentedLatinLetters}; null where there is none. */
    private static final String[] LATIN = latinTable();

    private IcaoTransliteration() {
    }

    /**
     * Transliterates a name (a family name or the given names) for {@code fnt} or {@code gnt}.
     *
     * @param name the name as written, in any normalisation form
     * @return only A–Z and {@code <}, at most {@value #DCC_MAX_LENGTH} characters; empty if the name has no letter
     * @throws IllegalArgumentException if the name holds a letter with no Latin transliteration
     */
    public static String transliterate(String name) {
        String composed = Normalizer.isNormalized(name, Normalizer.Form.NFC)
                ? name
                : Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length() + 8);
        boolean fillerPending = false;
        for (int i = 0; i < composed.length(); ) {
            int codePoint = composed.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isSeparator(codePoint)) {
                fillerPending = out.length() > 0;
            } else if (isNameLetter(codePoint)) {
                if (fillerPending) {
                    out.append(FILLER);
                    fillerPending = false;
                }
                appendTransliteration(out, codePoint);
            }
        }
        return truncated(out);
    }

    private static void appendTransliteration(StringBuilder out, int codePoint) {
        if (codePoint >= 'A' && codePoint <= 'Z') {
            out.append((char) codePoint);
        } else if (codePoint >= 'a' && codePoint <= 'z') {
            out.append((char) (codePoint - 'a' + 'A'));
        } else {
            int index = AccentedLatinLetters.indexOf(codePoint);
            String transliterated = index >= 0 ? LATIN[index] : decomposedLatin(codePoint);
            if (transliterated == null) {
                throw new IllegalArgumentException(
                        String.format("no ICAO Doc 9303 Latin transliteration for U+%04X", codePoint));
            }
            out.append(transliterated);
        }
    }

    /** Doc 9303 Part 3, section 6: the letters the table spells out instead of dropping a diacritic. */
    private static String spelledOut(int codePoint) {
        return switch (codePoint) {
            case 'Ä', 'ä', 'Æ', 'æ' -> "AE";
            case 'Å', 'å' -> "AA";
            case 'Ö', 'ö', 'Ø', 'ø', 'Œ', 'œ' -> "OE";
            case 'Ü', 'ü' -> "UE";
            case 'Þ', 'þ' -> "TH";
            case 'ß', 'ẞ' -> "SS";
            case 'Ĳ', 'ĳ' -> "IJ";
            case 'Đ', 'đ', 'Ð', 'ð' -> "D";
            case 'Ħ', 'ħ' -> "H";
            case 'ı' -> "I";
            case 'Ŀ', 'ŀ', 'Ł', 'ł' -> "L";
            case 'Ŋ', 'ŋ' -> "N";
            case 'Ŧ', 'ŧ' -> "T";
            default -> null;
        };
    }

    /** The A–Z letters of a letter's compatibility decomposition (Ễ→E, ǅ→DZ, ﬁ→FI), or null if it has none. */
    private static String decomposedLatin(int codePoint) {
        String spelled = spelledOut(codePoint);
        if (spelled != null) {
            return spelled;
        }
        String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKD);
        StringBuilder latin = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                latin.append(c);
            } else if (c >= 'a' && c <= 'z') {
                latin.append((char) (c - 'a' + 'A'));
            }
        }
        return latin.length() == 0 ? null : latin.toString();
    }

    /** Doc 9303: hyphens become fillers; a comma separates name components; so does white space. */
    private static boolean isSeparator(int codePoint) {
        return NameWhitespace.isSpace(codePoint) || codePoint == ','
                || Character.getType(codePoint) == Character.DASH_PUNCTUATION;
    }

    /**
     * Letters to transliterate. Modifier letters are left out: ʼ (U+02BC) and ʻ (U+02BB) are apostrophes, which
     * Doc 9303 omits, like all other punctuation, digits and combining marks.
     */
    private static boolean isNameLetter(int codePoint) {
        return Character.isLetter(codePoint) && Character.getType(codePoint) != Character.MODIFIER_LETTER;
    }

    private static String truncated(StringBuilder out) {
        if (out.length() > DCC_MAX_LENGTH) {
            out.setLength(DCC_MAX_LENGTH);
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == FILLER) {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    private static String[] latinTable() {
        String[] table = new String[AccentedLatinLetters.COUNT];
        for (int i = 0; i < table.length; i++) {
            table[i] = decomposedLatin(AccentedLatinLetters.codePointAt(i));
        }
        return table;
    }
}
