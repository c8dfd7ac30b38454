package vn.vaxpass.matching;

import vn.vaxpass.identity.VietnameseNameCanonicalizer;

/** A name's comparison keys, computed once: canonical form, without diacritics, input-method leftovers undone. */
public record NameKeys(String canonical, String ascii, String inputMethod) {

    public static NameKeys of(String fullName) {
        String ascii = VietnameseNameCanonicalizer.diacriticsFreeKey(fullName == null ? "" : fullName);
        return new NameKeys(VietnameseNameCanonicalizer.canonicalForm(fullName == null ? "" : fullName), ascii,
                NameComparison.inputMethodKey(ascii));
    }

    public static NameKeys of(String canonical, String ascii) {
        return new NameKeys(canonical, ascii, NameComparison.inputMethodKey(ascii));
    }
}
