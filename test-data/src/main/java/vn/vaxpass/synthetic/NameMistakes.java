package vn.vaxpass.synthetic;

import java.util.SplittableRandom;

/**
 * Mistakes in a written name. Each returns the name unchanged when it cannot apply (no diacritics to lose, no middle
 * name to drop); the caller checks that the result really is another name.
 */
final class NameMistakes {

    /** QWERTY neighbours of each lower-case letter, for a slipped finger. */
    private static final String[] NEIGHBOURS = {
        "qwsz", "vghn", "xdfv", "serfcx", "wsdr", "drtgvc", "ftyhbv", "gyujnb", "ujko", "huikmn", "jiolm", "kop",
        "njk", "bhjm", "iklp", "ol", "wa", "edft", "awedxz", "rfgy", "yhji", "cfgb", "qase", "zsdc", "tghu", "asx"};

    private NameMistakes() {
    }

    static String withoutDiacritics(String name) {
        return VietnameseLetters.withoutDiacritics(name);
    }

    /** One word with diacritics typed with Telex (or VNI) switched off. */
    static String inputMethodLeftovers(String name, boolean telex, SplittableRandom random) {
        String[] words = name.split(" ");
        int candidates = 0;
        for (String word : words) {
            if (InputMethodLeftovers.hasDiacritics(word)) {
                candidates++;
            }
        }
        if (candidates == 0) {
            return name;
        }
        int chosen = random.nextInt(candidates);
        for (int i = 0; i < words.length; i++) {
            if (InputMethodLeftovers.hasDiacritics(words[i]) && chosen-- == 0) {
                words[i] = telex ? InputMethodLeftovers.telex(words[i]) : InputMethodLeftovers.vni(words[i]);
            }
        }
        return String.join(" ", words);
    }

    /**
     * The name in the other order: a Vietnamese name (family name first) with its family name moved to the end, a
     * minority name (given name first) with its last word moved to the front. One word is left alone.
     */
    static String otherOrder(String name, boolean writtenGivenNameFirst) {
        int firstSpace = name.indexOf(' ');
        if (firstSpace < 0) {
            return name;
        }
        if (writtenGivenNameFirst) {
            int lastSpace = name.lastIndexOf(' ');
            return name.substring(lastSpace + 1) + ' ' + name.substring(0, lastSpace);
        }
        return name.substring(firstSpace + 1) + ' ' + name.substring(0, firstSpace);
    }

    /** Typographic and modifier apostrophes that clerks' software puts in place of the ASCII one. */
    private static final String[] APOSTROPHE_REPLACEMENTS = {"", " ", "\u2019", "\u02BC", "`"};

    /** The apostrophe of "H'Hen" dropped, typed as a space, or as another apostrophe; a name without one is left alone. */
    static String apostropheChanged(String name, SplittableRandom random) {
        int at = name.indexOf('\'');
        if (at < 0) {
            return name;
        }
        String replacement = APOSTROPHE_REPLACEMENTS[random.nextInt(APOSTROPHE_REPLACEMENTS.length)];
        return name.substring(0, at) + replacement + name.substring(at + 1);
    }

    /** A middle word left out ("Nguyễn Thị Lan" to "Nguyễn Lan"); names of two words are left alone. */
    static String withoutMiddleName(String name, SplittableRandom random) {
        String[] words = name.split(" ");
        if (words.length < 3) {
            return name;
        }
        int dropped = 1 + random.nextInt(words.length - 2);
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < words.length; i++) {
            if (i != dropped) {
                out.append(out.length() > 0 ? " " : "").append(words[i]);
            }
        }
        return out.toString();
    }

    /**
     * One slip of the keyboard in an NFC name: a letter dropped, doubled, swapped with the next, replaced by a
     * neighbouring key, or a vowel given another tone ("Hùng" to "Húng").
     */
    static String typo(String name, SplittableRandom random) {
        int at = randomLetter(name, random);
        StringBuilder out = new StringBuilder(name);
        char c = name.charAt(at);
        switch (random.nextInt(5)) {
            case 0 -> {
                if (isWordOfOneLetter(name, at)) {
                    return name;
                }
                out.deleteCharAt(at);
            }
            case 1 -> out.insert(at, c);
            case 2 -> {
                if (at + 1 >= name.length() || !Character.isLetter(name.charAt(at + 1))) {
                    return name;
                }
                out.setCharAt(at, name.charAt(at + 1));
                out.setCharAt(at + 1, c);
            }
            case 3 -> out.setCharAt(at, neighbour(c, random));
            default -> out.replace(at, at + 1, otherTone(c, random));
        }
        return out.toString();
    }

    private static int randomLetter(String name, SplittableRandom random) {
        int at;
        do {
            at = random.nextInt(name.length());
        } while (!Character.isLetter(name.charAt(at)));
        return at;
    }

    private static boolean isWordOfOneLetter(String name, int at) {
        boolean startsWord = at == 0 || name.charAt(at - 1) == ' ';
        boolean endsWord = at + 1 == name.length() || name.charAt(at + 1) == ' ';
        return startsWord && endsWord;
    }

    private static char neighbour(char c, SplittableRandom random) {
        char base = VietnameseLetters.withoutDiacritics(String.valueOf(c)).charAt(0);
        char lower = Character.toLowerCase(base);
        if (lower < 'a' || lower > 'z') {
            return c;
        }
        String keys = NEIGHBOURS[lower - 'a'];
        char key = keys.charAt(random.nextInt(keys.length()));
        return Character.isUpperCase(base) ? Character.toUpperCase(key) : key;
    }

    /** The letter with another (or a first) tone if it is a vowel, else itself. */
    private static String otherTone(char c, SplittableRandom random) {
        String decomposed = VietnameseLetters.nfd(String.valueOf(c));
        char base = Character.toLowerCase(decomposed.charAt(0));
        if ("aeiouy".indexOf(base) < 0) {
            return String.valueOf(c);
        }
        StringBuilder marks = new StringBuilder();
        char tone = 0;
        for (int i = 1; i < decomposed.length(); i++) {
            char mark = decomposed.charAt(i);
            if (VietnameseLetters.isTone(mark)) {
                tone = mark;
            } else {
                marks.append(mark);
            }
        }
        char other;
        do {
            other = VietnameseLetters.TONES.charAt(random.nextInt(VietnameseLetters.TONES.length()));
        } while (other == tone);
        return VietnameseLetters.nfc(decomposed.charAt(0) + marks.toString() + other);
    }
}
