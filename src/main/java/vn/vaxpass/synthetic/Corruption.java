package vn.vaxpass.synthetic;

import java.util.EnumSet;
import java.util.Set;

/**
 * A mistake in what a clerk wrote, recorded in {@code truth.csv}: each changes what the record says, so a subject with
 * one is never VERIFIED (the status itself is computed from the written data, see {@link RegistryCheckContract}).
 */
public enum Corruption {
    /** Not in the registry at all (not a mistake of the clerk; true_id_number is empty). */
    NOT_IN_REGISTRY,
    /** No ID number. */
    ID_MISSING,
    /** A spreadsheet stored the number as a number and dropped its leading zeros: "79123456789". */
    ID_EXCEL_LOST_LEADING_ZEROS,
    /** A spreadsheet showed the number in scientific notation and that was copied: "7.91E+10". */
    ID_EXCEL_SCIENTIFIC_NOTATION,
    /** The letter O typed for the digit 0: "O79123456789". */
    ID_LETTER_O_FOR_ZERO,
    /** One digit typed twice or one too many: 13 (or 10) digits. */
    ID_EXTRA_DIGIT,
    /** One digit left out: 11 (or 8) digits. */
    ID_DIGIT_DROPPED,
    /** The first three digits are no province's code. */
    ID_UNKNOWN_PROVINCE_PREFIX,
    /** One digit changed, still well formed: usually nobody's number, sometimes another real person's. */
    ID_ONE_DIGIT_CHANGED,
    /** The number of another member of the household (a parent's number on a child's record). */
    ID_OF_HOUSEHOLD_MEMBER,
    /** All diacritics lost: "Nguyen Van An". */
    NAME_WITHOUT_DIACRITICS,
    /** A letter dropped, doubled, swapped, mistyped, or a tone mark changed. */
    NAME_TYPO,
    /** A word typed with the Telex input method switched off: "Nguyeenx". */
    NAME_TELEX_LEFTOVERS,
    /** A word typed with the VNI input method switched off: "Nguye6n4". */
    NAME_VNI_LEFTOVERS,
    /** A middle name left out: "Nguyễn Lan" for "Nguyễn Thị Lan". */
    NAME_MIDDLE_NAME_MISSING,
    /** Day and month swapped (only where both are 12 or less and differ). */
    DOB_DAY_MONTH_SWAPPED,
    /** Another year: a neighbouring year, a decade off, or two digits swapped. */
    DOB_WRONG_YEAR,
    /** Only the year written where the registry has the full date. */
    DOB_YEAR_ONLY_FOR_FULL_DATE,
    /** A full date written (often 01/01) where the registry has only the year. */
    DOB_FULL_DATE_FOR_YEAR_ONLY,
    /** The other gender. */
    GENDER_WRONG;

    /** The mistakes in the ID number; a subject has at most one of them. */
    static final Set<Corruption> ID_NUMBER_MISTAKES = EnumSet.range(ID_MISSING, ID_OF_HOUSEHOLD_MEMBER);
}
