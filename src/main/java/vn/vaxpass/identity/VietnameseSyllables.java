package vn.vaxpass.identity;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a word is a well-formed Vietnamese syllable: an initial consonant (or none), a vowel nucleus Vietnamese
 * has, a final consonant (or none), and at most one tone mark. Used to tell text typed with a legacy font, whose
 * words are not syllables ("Nguyeãn", "NguyÔn"), from Unicode Vietnamese, whose words are.
 */
final class VietnameseSyllables {

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

    /** @param word one word, any case, any normalisation form */
    static boolean isSyllable(String word) {
        String nfd = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder toneless = new StringBuilder(nfd.length());
        int tones = 0;
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (TONE_MARKS.indexOf(c) >= 0) {
                tones++;
            } else {
                toneless.append(c);
            }
        }
        if (tones > 1) {
            return false;
        }
        String letters = Normalizer.normalize(toneless, Normalizer.Form.NFC);
        for (String initial : INITIALS) {
            if (letters.startsWith(initial) && hasNucleusAndFinal(letters.substring(initial.length()))) {
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
