package vn.vaxpass.functions.correction.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tells, cell by cell, a name typed in a legacy Vietnamese encoding ({@link LegacyEncoding}) and reads it as Unicode
 * NFC. A cell is converted only when one reading is possible:
 * <ol>
 *   <li>it holds a character beyond ASCII and none beyond Latin-1 (Unicode Vietnamese nearly always has one: ă, đ,
 *       ơ, ư, ạ…; legacy text never);</li>
 *   <li>as typed, some word with such a character is no Vietnamese syllable ({@code Võ Hà} is, and stays);</li>
 *   <li>exactly one encoding reads every character, and every word it changes as a Vietnamese syllable.</li>
 * </ol>
 * Otherwise the cell stays as typed: a foreign name ({@code José Muñoz}) is no legacy text.
 */
final class LegacyVietnamese {

    /** What a cell held, read in the encoding it was typed in. */
    record Converted(LegacyEncoding encoding, String text) {
    }

    private LegacyVietnamese() {
    }

    static Optional<Converted> detect(String text) {
        if (text == null || text.chars().allMatch(c -> c < 0x80) || text.chars().anyMatch(c -> c > 0xFF)
                || words(text).stream().filter(LegacyVietnamese::beyondAscii)
                        .allMatch(VietnameseSyllables::isSyllable)) {
            return Optional.empty();
        }
        List<Converted> readings = new ArrayList<>();
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            encoding.decode(text).filter(decoded -> changedWordsAreSyllables(text, decoded))
                    .ifPresent(decoded -> readings.add(new Converted(encoding, capitalised(text, decoded))));
        }
        return readings.size() == 1 ? Optional.of(readings.get(0)) : Optional.empty();
    }

    private static boolean changedWordsAreSyllables(String typed, String decoded) {
        List<String> before = words(typed);
        List<String> after = words(decoded);
        if (before.size() != after.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i)) && !VietnameseSyllables.isSyllable(after.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * TCVN3 has no uppercase toned letters, so a word may start in lowercase where the clerk saw a capital: when every
     * word that starts with an ASCII letter starts with a capital, so does every word.
     */
    private static String capitalised(String typed, String decoded) {
        boolean capitals = words(typed).stream().filter(word -> word.charAt(0) < 0x80 && Character.isLetter(word
                .charAt(0))).allMatch(word -> Character.isUpperCase(word.charAt(0)));
        if (!capitals) {
            return decoded;
        }
        StringBuilder out = new StringBuilder(decoded);
        for (int i = 0; i < out.length(); i++) {
            if ((i == 0 || out.charAt(i - 1) == ' ') && Character.isLowerCase(out.charAt(i))) {
                out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
            }
        }
        return out.toString();
    }

    private static boolean beyondAscii(String word) {
        return word.chars().anyMatch(c -> c >= 0x80);
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }
}
