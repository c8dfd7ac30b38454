package vn.vaxpass.matching;

import java.util.ArrayList;
import java.util.List;

import vn.vaxpass.identity.LegacyFontText;
import vn.vaxpass.identity.VietnameseNameCanonicalizer;

/**
 * A name's comparison keys, computed once. {@code canonical} is the name as written (equal canonical forms, and only
 * those, are the same name); the other keys are for finding and comparing candidates, and read the name as it was
 * meant: decoded when it was typed with a legacy font ({@link LegacyFontText}), with any apostrophe as the ASCII one.
 *
 * @param canonical the canonical form of the name as written
 * @param ascii the key without diacritics of the name as meant
 * @param inputMethod {@code ascii} with input-method leftovers undone
 * @param otherOrders {@code ascii} with its words in the other order, for a name written given name first
 *     ("THI LAN NGUYEN") or a minority name written family name first ("NIE H'HEN"); empty for a one-word name
 */
public record NameKeys(String canonical, String ascii, String inputMethod, List<String> otherOrders) {

    /** Apostrophes other than the ASCII one that clerks' software types in "H'Hen". */
    private static final String OTHER_APOSTROPHES = "\u2019\u2018\u02BC`\u00B4";
    private static final char APOSTROPHE = '\'';

    public static NameKeys of(String fullName) {
        String written = fullName == null ? "" : fullName;
        String meant = withAsciiApostrophes(LegacyFontText.decodeIfLegacy(written));
        String ascii = VietnameseNameCanonicalizer.diacriticsFreeKey(meant);
        return new NameKeys(VietnameseNameCanonicalizer.canonicalForm(written), ascii,
                NameComparison.inputMethodKey(ascii), otherOrders(ascii));
    }

    /** A registry person's keys, from the canonical form and key the registry stores. */
    public static NameKeys of(String canonical, String ascii) {
        return new NameKeys(canonical, ascii, NameComparison.inputMethodKey(ascii), List.of());
    }

    /** The key with its last word moved to the front, and with its first word moved to the end (once if the same). */
    static List<String> otherOrders(String ascii) {
        int first = ascii.indexOf(' ');
        if (first < 0) {
            return List.of();
        }
        int last = ascii.lastIndexOf(' ');
        List<String> orders = new ArrayList<>(2);
        orders.add(ascii.substring(last + 1) + ' ' + ascii.substring(0, last));
        String firstToEnd = ascii.substring(first + 1) + ' ' + ascii.substring(0, first);
        if (!firstToEnd.equals(orders.get(0))) {
            orders.add(firstToEnd);
        }
        return List.copyOf(orders);
    }

    private static String withAsciiApostrophes(String name) {
        StringBuilder out = null;
        for (int i = 0; i < name.length(); i++) {
            if (OTHER_APOSTROPHES.indexOf(name.charAt(i)) >= 0) {
                if (out == null) {
                    out = new StringBuilder(name);
                }
                out.setCharAt(i, APOSTROPHE);
            }
        }
        return out == null ? name : out.toString();
    }
}
