package vn.vaxpass.identity;

import java.text.Normalizer;
import java.util.Objects;

/**
 * A person's name as the EU DCC carries it: family name ({@code nam.fn}) and given names ({@code nam.gn}), in NFC,
 * with white space trimmed and collapsed to single spaces and invisible characters (zero-width space, soft hyphen)
 * dropped; diacritics, tone-mark placement and letter case are kept as written.
 *
 * @param familyName the family name; never blank; one word from {@link #fromFullName(String)}, possibly several when
 *     constructed directly (foreign names such as "van der Berg")
 * @param givenNames the given names, middle names included, separated by single spaces; empty when there are none
 */
public record PersonName(String familyName, String givenNames) {

    private static final char SPACE = ' ';

    /** Normalises both parts; rejects a blank family name. */
    public PersonName {
        familyName = normalize(Objects.requireNonNull(familyName, "familyName"));
        givenNames = normalize(Objects.requireNonNull(givenNames, "givenNames"));
        if (familyName.isEmpty()) {
            throw new IllegalArgumentException("family name is blank");
        }
    }

    /**
     * Splits a Vietnamese full name, written family name first ("Nguyễn Thị Thuý Hằng"): the family name is the first
     * word, the given names are the rest ("Thị Thuý Hằng"), possibly none for a one-word name.
     *
     * @throws IllegalArgumentException if {@code fullName} is blank
     */
    public static PersonName fromFullName(String fullName) {
        String normalized = normalize(Objects.requireNonNull(fullName, "fullName"));
        int firstSpace = normalized.indexOf(SPACE);
        if (firstSpace < 0) {
            return new PersonName(normalized, "");
        }
        return new PersonName(normalized.substring(0, firstSpace), normalized.substring(firstSpace + 1));
    }

    /** The full name, family name first, as Vietnamese writes it. */
    public String fullName() {
        return givenNames.isEmpty() ? familyName : familyName + SPACE + givenNames;
    }

    private static String normalize(String text) {
        // Collapse first: an invisible character between a letter and its mark would block composition.
        return Normalizer.normalize(NameWhitespace.collapse(text), Normalizer.Form.NFC);
    }
}
