package vn.vaxpass.identity;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;

/**
 * Whether a word is a well-formed Vietnamese syllable: Vietnamese letters only, an initial consonant (or none), a
 * vowel nucleus Vietnamese has, a final consonant (or none) that may follow it, and at most one tone mark (the acute
 * or the dot below where a stop closes the syllable). Used to tell text typed with a legacy font, whose
 * words are not syllables ("Nguyeãn", "NguyÔn"), from Unicode Vietnamese, whose words are.
 */
final class VietnameseSyllables {

    /** Legacy fonts and keyboards type eth for đ. */
    private static final char ETH = '\u00F0';
    private static final char NOT_A_LETTER = '\uFFFF';
    private static final char D_STROKE = '\u0111';
    private static final String TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323";

    /** Longest first, so that "ngh" is tried before "ng" and "g". */
    private static final List<String> INITIALS = List.of("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th",
            "tr", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "");

    private static final Set<String> FINALS = Set.of("", "c", "ch", "m", "n", "ng", "nh", "p", "t");

    /** The vowel groups of Vietnamese syllables, without tone marks, final glides included (ai, ươi, uyê...). */
    private static final Set<String> NUCLEI = Set.of(
            "a", "ă", "â", "e", "ê", "i", "y", "o", "ô", "ơ", "u", "ư",
            "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo",
            "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê", "iêu", "yêu", "oai", "oay", "oao",
            "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "ueo", "uai", "uao", "uau", "uay", "uêu", "uơi");

    /** Precomposed letters from À to ỹ: each one's letter without its tone mark, and whether it has one. */
    private static final char FIRST_PRECOMPOSED = '\u00C0';
    private static final char LAST_PRECOMPOSED = '\u1EF9';
    private static final char[] TONELESS = new char[LAST_PRECOMPOSED - FIRST_PRECOMPOSED + 1];
    private static final char[] TONE = new char[TONELESS.length];
    /** Letters of Vietnamese beyond ASCII, without tone marks. */
    private static final String MARKED_LETTERS = "ăâêôơưđ";
    private static final String VOWELS = "aăâeêioôơuưy";
    private static final char ACUTE = '\u0301';
    private static final char DOT_BELOW = '\u0323';
    /** A syllable closed by one of these takes the acute or the dot below, never another tone or none. */
    private static final Set<String> STOP_FINALS = Set.of("c", "ch", "p", "t");
    /** Finals that follow only a nucleus ending in one of these vowels (anh, oanh, ênh, inh, uynh; ach, êch, ich). */
    private static final Set<String> PALATAL_FINALS = Set.of("ch", "nh");
    private static final String BEFORE_PALATAL = "aêiy";

    static {
        for (int i = 0; i < TONELESS.length; i++) {
            char c = (char) (FIRST_PRECOMPOSED + i);
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder kept = new StringBuilder(nfd.length());
            for (int j = 0; j < nfd.length(); j++) {
                if (TONE_MARKS.indexOf(nfd.charAt(j)) >= 0) {
                    TONE[i] = nfd.charAt(j);
                } else {
                    kept.append(nfd.charAt(j));
                }
            }
            String composed = Normalizer.normalize(kept, Normalizer.Form.NFC);
            char toneless = composed.length() == 1 ? composed.charAt(0) : c;
            char lower = Character.toLowerCase(toneless);
            boolean vietnamese = lower == D_STROKE
                    || VOWELS.indexOf(lower) >= 0 && (TONE[i] != 0 || MARKED_LETTERS.indexOf(lower) >= 0);
            // Any other letter (ñ, ö, ø, æ, î...) is no Vietnamese letter: marked as none.
            TONELESS[i] = vietnamese ? toneless : NOT_A_LETTER;
        }
    }

    private VietnameseSyllables() {
    }

    /**
     * Table look-ups rather than normalisation, because every name a matcher reads comes through here.
     *
     * @param word one word, any case, in NFC
     */
    static boolean isSyllable(String word) {
        StringBuilder letters = new StringBuilder(word.length());
        int tones = 0;
        char tone = 0;
        if (!isCasedAsAWord(word)) {
            return false;
        }
        int tonedAt = -1;
        for (int i = 0; i < word.length(); i++) {
            char c = Character.toLowerCase(word.charAt(i));
            if (c == ETH) {
                c = D_STROKE;
            } else if (c >= FIRST_PRECOMPOSED && c <= LAST_PRECOMPOSED) {
                if (TONE[c - FIRST_PRECOMPOSED] != 0) {
                    tones++;
                    tone = TONE[c - FIRST_PRECOMPOSED];
                    tonedAt = letters.length();
                }
                c = TONELESS[c - FIRST_PRECOMPOSED];
            } else if (TONE_MARKS.indexOf(c) >= 0) {
                tones++;
                tone = c;
                tonedAt = letters.length() - 1;
                continue;
            }
            if (c == NOT_A_LETTER || c > 0x7F && MARKED_LETTERS.indexOf(c) < 0) {
                return false;
            }
            letters.append(c);
        }
        if (tones > 1) {
            return false;
        }
        String toneless = letters.toString();
        for (String initial : INITIALS) {
            if (toneless.startsWith(initial)
                    && hasNucleusAndFinal(initial, toneless.substring(initial.length()), tone, tonedAt - initial.length())) {
                return true;
            }
        }
        return false;
    }

    /** All lower case, all upper case, or a capital then lower case: "NguyÔn" and "TÊn" are a legacy font's letters. */
    private static boolean isCasedAsAWord(String word) {
        boolean allUpper = true;
        for (int i = 0; i < word.length(); i++) {
            allUpper &= !Character.isLowerCase(word.charAt(i));
        }
        if (allUpper) {
            return true;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param tonedAt where the tone mark is, counted from the first vowel (negative when there is none)
     */
    private static boolean hasNucleusAndFinal(String initial, String rest, char tone, int tonedAt) {
        int end = 0;
        while (end < rest.length() && VOWELS.indexOf(rest.charAt(end)) >= 0) {
            end++;
        }
        if (end == 0) {
            return false;
        }
        String nucleus = rest.substring(0, end);
        String ending = rest.substring(end);
        if (!NUCLEI.contains(nucleus) || !FINALS.contains(ending)) {
            return false;
        }
        char first = nucleus.charAt(0);
        boolean front = "eêiy".indexOf(first) >= 0;
        // Spelling: k, gh, ngh before e, ê, i, y; c, ng, g before the other vowels (gi- is gi).
        boolean frontOnly = initial.equals("k") || initial.equals("gh") || initial.equals("ngh");
        if (frontOnly && !front || (initial.equals("c") || initial.equals("ng")) && front
                || initial.equals("g") && front && first != 'i') {
            return false;
        }
        if (nucleus.equals("y") && !ending.isEmpty() && !initial.equals("qu")) {
            // y alone ends its syllable (ý, kỷ); before a final it is yê or uy (quỳnh is qu-uy-nh).
            return false;
        }
        if (endsInAGlide(nucleus) && (!ending.isEmpty() || tonedAt == nucleus.length() - 1)) {
            // ao, ai, oai...: nothing follows the glide, and the tone is never on it ("lão", not "laõ").
            return false;
        }
        // In qu the u is the glide already: quân, quốc, never quo- or quu-.
        if (initial.equals("qu") && (nucleus.charAt(0) == 'o' || nucleus.charAt(0) == 'u')) {
            return false;
        }
        if (PALATAL_FINALS.contains(ending) && BEFORE_PALATAL.indexOf(nucleus.charAt(nucleus.length() - 1)) < 0) {
            return false;
        }
        return !STOP_FINALS.contains(ending) || tone == ACUTE || tone == DOT_BELOW;
    }

    private static boolean endsInAGlide(String nucleus) {
        return nucleus.length() > 1 && "iyou".indexOf(nucleus.charAt(nucleus.length() - 1)) >= 0
                && !nucleus.equals("uy") && !nucleus.equals("oo");
    }

    /** How many space-separated words the text has. */
    static int countWords(String text) {
        int count = 0;
        for (String word : text.split(" ")) {
            if (!word.isEmpty()) {
                count++;
            }
        }
        return count;
    }

    /** How many of the text's space-separated words are syllables. */
    static int countSyllables(String text) {
        int count = 0;
        for (String word : text.split(" ")) {
            if (!word.isEmpty() && isSyllable(word)) {
                count++;
            }
        }
        return count;
    }
}
