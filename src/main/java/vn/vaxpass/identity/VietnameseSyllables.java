package vn.vaxpass.identity;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;

/**
 * Whether a word is a well-formed Vietnamese syllable: an initial consonant (or none), a vowel nucleus Vietnamese
 * has, a final consonant (or none), and at most one tone mark. Used to tell text typed with a legacy font, whose
 * words are not syllables ("Nguyeãn", "NguyÔn"), from Unicode Vietnamese, whose words are.
 */
final class VietnameseSyllables {

    /** Legacy fonts and keyboards type eth for đ. */
    private static final char ETH = '\u00F0';
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

    private VietnameseSyllables() {
    }

    /** Precomposed letters from À to ỹ: each one's letter without its tone mark, and whether it has one. */
    private static final char FIRST_PRECOMPOSED = '\u00C0';
    private static final char LAST_PRECOMPOSED = '\u1EF9';
    private static final char[] TONELESS = new char[LAST_PRECOMPOSED - FIRST_PRECOMPOSED + 1];
    private static final boolean[] TONED = new boolean[TONELESS.length];

    static {
        for (int i = 0; i < TONELESS.length; i++) {
            char c = (char) (FIRST_PRECOMPOSED + i);
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder kept = new StringBuilder(nfd.length());
            for (int j = 0; j < nfd.length(); j++) {
                if (TONE_MARKS.indexOf(nfd.charAt(j)) >= 0) {
                    TONED[i] = true;
                } else {
                    kept.append(nfd.charAt(j));
                }
            }
            String composed = Normalizer.normalize(kept, Normalizer.Form.NFC);
            TONELESS[i] = composed.length() == 1 ? composed.charAt(0) : c;
        }
    }

    /**
     * Table look-ups rather than normalisation, because every name a matcher reads comes through here.
     *
     * @param word one word, any case, in NFC
     */
    static boolean isSyllable(String word) {
        StringBuilder letters = new StringBuilder(word.length());
        int tones = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = Character.toLowerCase(word.charAt(i));
            if (c == ETH) {
                c = D_STROKE;
            } else if (c >= FIRST_PRECOMPOSED && c <= LAST_PRECOMPOSED) {
                tones += TONED[c - FIRST_PRECOMPOSED] ? 1 : 0;
                c = TONELESS[c - FIRST_PRECOMPOSED];
            } else if (TONE_MARKS.indexOf(c) >= 0) {
                tones++;
                continue;
            }
            letters.append(c);
        }
        if (tones > 1) {
            return false;
        }
        String toneless = letters.toString();
        for (String initial : INITIALS) {
            if (toneless.startsWith(initial) && hasNucleusAndFinal(toneless.substring(initial.length()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNucleusAndFinal(String rest) {
        int end = 0;
        while (end < rest.length() && "aăâeêioôơuưy".indexOf(rest.charAt(end)) >= 0) {
            end++;
        }
        return end > 0 && NUCLEI.contains(rest.substring(0, end)) && FINALS.contains(rest.substring(end));
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
