package vn.vaxpass.matching;

import java.util.Arrays;

/**
 * Compares Vietnamese names by their keys. EXACT: equal canonical forms (Unicode form, tone-mark placement,
 * case and spacing do not matter). CLOSE: equal without diacritics, equal once input-method leftovers are
 * undone ("Nguyeenx", "Nguye6n" → NGUYEN), equal once read back from a legacy font ("NguyÔn") or put back in order
 * ("Thị Lan Nguyễn"), or one or two letters apart. PARTIAL: a middle name missing.
 */
final class NameComparison {

    /** Letters typed to add tone marks in Telex; no Vietnamese syllable ends with one. */
    private static final String TELEX_TONE_LETTERS = "SFRXJ";
    private static final int MAX_EDITS = 2;
    private static final int MIN_LENGTH_FOR_EDITS = 8;

    private NameComparison() {
    }

    static Agreement compare(NameKeys subject, NameKeys person) {
        if (subject.canonical().equals(person.canonical())) {
            return Agreement.EXACT;
        }
        if (subject.ascii().equals(person.ascii()) || subject.inputMethod().equals(person.inputMethod())
                || subject.otherOrders().contains(person.ascii())) {
            return Agreement.CLOSE;
        }
        if (subject.ascii().length() >= MIN_LENGTH_FOR_EDITS
                && withinEdits(subject.inputMethod(), person.inputMethod(), MAX_EDITS)) {
            return Agreement.CLOSE;
        }
        if (missingMiddleName(subject.ascii(), person.ascii())) {
            return Agreement.PARTIAL;
        }
        return Agreement.NONE;
    }

    /** Undoes Telex and VNI leftovers in an upper-case key without diacritics. */
    static String inputMethodKey(String asciiKey) {
        StringBuilder key = new StringBuilder(asciiKey.length());
        for (String word : asciiKey.split(" ")) {
            if (key.length() > 0) {
                key.append(' ');
            }
            String w = withoutDigits(word);
            if (w.length() > 1 && TELEX_TONE_LETTERS.indexOf(w.charAt(w.length() - 1)) >= 0) {
                w = w.substring(0, w.length() - 1);
            }
            w = w.replace("DD", "D").replace("AA", "A").replace("EE", "E").replace("OO", "O")
                    .replace("AW", "A").replace("OW", "O").replace("UW", "U");
            key.append(w);
        }
        return key.toString();
    }

    /** The word without its ASCII digits (VNI tone keys); a regular expression here cost a fifth of batch matching. */
    private static String withoutDigits(String word) {
        int i = 0;
        while (i < word.length() && !isAsciiDigit(word.charAt(i))) {
            i++;
        }
        if (i == word.length()) {
            return word;
        }
        StringBuilder letters = new StringBuilder(word.length()).append(word, 0, i);
        for (; i < word.length(); i++) {
            if (!isAsciiDigit(word.charAt(i))) {
                letters.append(word.charAt(i));
            }
        }
        return letters.toString();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean missingMiddleName(String a, String b) {
        String[] shorter = a.split(" ");
        String[] longer = b.split(" ");
        if (shorter.length > longer.length) {
            String[] swap = shorter;
            shorter = longer;
            longer = swap;
        }
        if (shorter.length < 2 || longer.length != shorter.length + 1) {
            return false;
        }
        return shorter[0].equals(longer[0]) && shorter[shorter.length - 1].equals(longer[longer.length - 1])
                && Arrays.asList(longer).containsAll(Arrays.asList(shorter));
    }

    /** Optimal string alignment distance ≤ limit (substitution, insertion, deletion, adjacent swap). */
    static boolean withinEdits(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return false;
        }
        int[] previous2 = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMinimum = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, previous2[j - 2] + 1);
                }
                current[j] = value;
                rowMinimum = Math.min(rowMinimum, value);
            }
            if (rowMinimum > limit) {
                return false;
            }
            int[] recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length()] <= limit;
    }
}
