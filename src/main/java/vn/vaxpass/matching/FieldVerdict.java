package vn.vaxpass.matching;

/** What one field of a subject says when set against the registry person it is compared with. */
public enum FieldVerdict {
    /** Exactly as the registry has it. */
    AGREES,
    /** The same value written differently (Unicode form, tone-mark placement, case, spacing, ID formatting): no mismatch. */
    AGREES_AFTER_NORMALISING,
    /** A difference of the kind data entry makes (missing diacritics, a typo, day and month swapped): a mismatch. */
    CLOSE,
    /** A different value: a mismatch. */
    DIFFERS,
    /** Nothing entered. */
    MISSING,
    /** Entered, but not readable as a value of this field. */
    UNREADABLE,
    /** No registry person to compare with. */
    NOT_COMPARED
}
