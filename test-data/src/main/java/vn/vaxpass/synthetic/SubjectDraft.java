package vn.vaxpass.synthetic;

import java.util.EnumSet;

/**
 * One vaccination subject while it is being written: the values a clerk will write (before formatting), the registry
 * person it really is, and the mistakes and harmless variations made so far. Reused from one subject to the next.
 */
final class SubjectDraft {

    /** The registry person this subject really is, or -1 for someone not in the registry. */
    int person;
    String idNumber;
    String name;
    /** Packed date of birth ({@link BirthDate}). */
    int birth;
    ClerkWriting.DateFormat dateFormat;
    boolean female;
    boolean genderAsWord;
    String phone;
    String communeCode;
    final EnumSet<Corruption> corruptions = EnumSet.noneOf(Corruption.class);
    final EnumSet<Variation> variations = EnumSet.noneOf(Variation.class);

    void reset() {
        person = -1;
        idNumber = "";
        name = "";
        birth = 0;
        dateFormat = ClerkWriting.DateFormat.ISO;
        female = false;
        genderAsWord = false;
        phone = "";
        communeCode = "";
        corruptions.clear();
        variations.clear();
    }

    String writtenDate() {
        return ClerkWriting.date(birth, dateFormat);
    }

    String writtenGender() {
        return ClerkWriting.gender(female, genderAsWord);
    }

    /** Whether the written ID is nothing but digits, 9 or 12 of them: one that can be grouped, or be an old number. */
    boolean idIsPlainDigits() {
        if (idNumber.length() != IdNumbers.NEW_LENGTH && idNumber.length() != IdNumbers.OLD_LENGTH) {
            return false;
        }
        for (int i = 0; i < idNumber.length(); i++) {
            if (idNumber.charAt(i) < '0' || idNumber.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
