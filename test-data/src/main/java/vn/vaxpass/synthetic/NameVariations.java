package vn.vaxpass.synthetic;

import java.util.Locale;
import java.util.SplittableRandom;

/** Harmless ways of writing the same name: the canonical form of the result equals that of the input. */
final class NameVariations {

    private NameVariations() {
    }

    static String nfd(String name) {
        return VietnameseLetters.nfd(name);
    }

    static String otherTonePlacement(String name) {
        return TonePlacement.other(name);
    }

    static String upperCase(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    static String lowerCase(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** A doubled space between two words, or a space before or after the name. */
    static String extraSpaces(String name, SplittableRandom random) {
        int space = name.indexOf(' ');
        return switch (random.nextInt(3)) {
            case 0 -> space > 0 ? name.substring(0, space) + "  " + name.substring(space + 1) : name + " ";
            case 1 -> " " + name;
            default -> name + " ";
        };
    }
}
