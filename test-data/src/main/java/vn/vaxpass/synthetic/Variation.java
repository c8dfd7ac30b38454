package vn.vaxpass.synthetic;

/**
 * A harmless difference between what a clerk wrote and the registry, recorded in {@code truth.csv}: the matcher must
 * see through every one of them, so a subject with variations only is VERIFIED.
 */
public enum Variation {
    /** The old 9-digit identity card number (CMND) instead of the 12-digit one: the registry knows both. */
    ID_OLD_NUMBER,
    /** Digits grouped by spaces: "079 123 456 789". */
    ID_WITH_SPACES,
    /** Digits grouped by dots: "079.123.456.789". */
    ID_WITH_DOTS,
    /** Digits grouped by dashes: "079-123-456-789". */
    ID_WITH_DASHES,
    /** The name in Unicode normalisation form D (base letters and combining marks), as some systems store it. */
    NAME_NFD,
    /** The other tone-mark placement on oa, oe, uy: "Hoà" for "Hòa", "Thuý" for "Thúy". */
    NAME_OTHER_TONE_PLACEMENT,
    /** The name in capitals, as on ID cards. */
    NAME_UPPER_CASE,
    /** The name in lower case. */
    NAME_LOWER_CASE,
    /** A double space between words, or a space before or after the name. */
    NAME_EXTRA_SPACES,
    /** The date as DD/MM/YYYY (the registry writes YYYY-MM-DD). */
    DOB_DD_MM_YYYY,
    /** The date as D/M/YYYY, without leading zeros. */
    DOB_D_M_YYYY,
    /** Gender as the Vietnamese word, Nam or Nữ. */
    GENDER_AS_WORD
}
