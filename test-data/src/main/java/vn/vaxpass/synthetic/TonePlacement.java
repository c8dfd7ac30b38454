package vn.vaxpass.synthetic;

import java.util.Locale;
import java.util.Set;

/**
 * Moves the tone mark of open syllables on oa, oe and uy between the two spellings Vietnamese has for them: the
 * traditional one on the first vowel (hòa, khỏe, thúy) and the newer one on the second (hoà, khoẻ, thuý). Syllables
 * with a final consonant or vowel (hoàng, toán), quý (where qu is the initial) and syllables without a Vietnamese
 * initial are left alone: both spellings agree there. The same rule as
 * {@link vn.vaxpass.identity.VietnameseNameCanonicalizer}, which folds the difference.
 */
final class TonePlacement {

    private static final Set<String> INITIALS = Set.of(
            "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
            "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x");

    private TonePlacement() {
    }

    /** The name with every such syllable in the other spelling; the name itself when none has one. */
    static String other(String name) {
        String[] words = name.split(" ", -1);
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(otherInWord(words[i]));
        }
        return out.toString();
    }

    private static String otherInWord(String word) {
        String decomposed = VietnameseLetters.nfd(word);
        StringBuilder letters = new StringBuilder();
        char tone = 0;
        int toneAfter = -1;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (VietnameseLetters.isTone(c)) {
                tone = c;
                toneAfter = letters.length() - 1;
            } else if (VietnameseLetters.isQualityMark(c)) {
                return word;
            } else {
                letters.append(c);
            }
        }
        int n = letters.length();
        if (tone == 0 || n < 2) {
            return word;
        }
        char first = Character.toLowerCase(letters.charAt(n - 2));
        char second = Character.toLowerCase(letters.charAt(n - 1));
        boolean cluster = first == 'o' && (second == 'a' || second == 'e') || first == 'u' && second == 'y';
        String initial = letters.substring(0, n - 2).toLowerCase(Locale.ROOT);
        if (!cluster || !INITIALS.contains(initial) || toneAfter < n - 2) {
            return word;
        }
        int target = toneAfter == n - 2 ? n - 1 : n - 2;
        letters.insert(target + 1, tone);
        return VietnameseLetters.nfc(letters.toString());
    }
}
