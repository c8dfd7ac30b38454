package vn.vaxpass.synthetic;

import vn.vaxpass.identity.VietnameseNameCanonicalizer;

/**
 * The status contract the matcher implements, applied to what was written: the truth's expected status is always
 * computed here from the written fields against the registry, never taken from the intent of a corruption (a
 * one-digit typo may land on another real person; a clerk's lost zero may leave a well-formed number).
 *
 * <ol>
 *   <li>MISSING_ID: no ID number;</li>
 *   <li>INVALID_ID_FORMAT: after dropping spaces, dots and dashes, neither 9 digits nor 12 digits whose first three
 *       are one of the 63 province codes;</li>
 *   <li>NOT_FOUND: nobody has it as ID number or old ID number;</li>
 *   <li>MISMATCH: that person differs in {@code name}, {@code dob} and/or {@code gender};</li>
 *   <li>VERIFIED: equal canonical name ({@link VietnameseNameCanonicalizer#canonicalForm}: NFC, one tone-mark
 *       placement, case and white space folded), date of birth (a year alone is its own value) and gender.</li>
 * </ol>
 */
final class RegistryCheckContract {

    static final String NAME = "name";
    static final String DOB = "dob";
    static final String GENDER = "gender";
    static final char FIELD_SEPARATOR = ';';

    private final Registry registry;
    private final Provinces provinces;

    /** What the contract says about one subject; {@code person} is the registry person the number names, or -1. */
    record Outcome(ExpectedStatus status, String mismatchedFields, int person) {
    }

    RegistryCheckContract(Registry registry, Provinces provinces) {
        this.registry = registry;
        this.provinces = provinces;
    }

    Outcome check(String writtenId, String writtenName, String writtenDob, String writtenGender) {
        String digits = withoutSeparators(writtenId);
        if (digits.isEmpty()) {
            return new Outcome(ExpectedStatus.MISSING_ID, "", -1);
        }
        if (!isWellFormed(digits)) {
            return new Outcome(ExpectedStatus.INVALID_ID_FORMAT, "", -1);
        }
        int person = registry.findByNumber(Long.parseLong(digits));
        if (person < 0) {
            return new Outcome(ExpectedStatus.NOT_FOUND, "", -1);
        }
        StringBuilder fields = new StringBuilder();
        if (!VietnameseNameCanonicalizer.canonicalForm(registry.fullName(person)).equals(VietnameseNameCanonicalizer.canonicalForm(writtenName))) {
            append(fields, NAME);
        }
        if (ClerkWriting.parseDate(writtenDob) != registry.birth(person)) {
            append(fields, DOB);
        }
        Boolean female = ClerkWriting.parseFemale(writtenGender);
        if (female == null || female != registry.isFemale(person)) {
            append(fields, GENDER);
        }
        return new Outcome(fields.length() == 0 ? ExpectedStatus.VERIFIED : ExpectedStatus.MISMATCH,
                fields.toString(), person);
    }

    /** The written number without the spaces, dots and dashes the contract ignores. */
    static String withoutSeparators(String writtenId) {
        StringBuilder digits = new StringBuilder(writtenId.length());
        for (int i = 0; i < writtenId.length(); i++) {
            char c = writtenId.charAt(i);
            if (c != ' ' && c != '.' && c != '-') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    boolean isWellFormed(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return false;
            }
        }
        return digits.length() == IdNumbers.OLD_LENGTH
                || digits.length() == IdNumbers.NEW_LENGTH
                && provinces.isKnownPrefix(Integer.parseInt(digits.substring(0, 3)));
    }

    private static void append(StringBuilder fields, String field) {
        if (fields.length() > 0) {
            fields.append(FIELD_SEPARATOR);
        }
        fields.append(field);
    }
}
