package vn.vaxpass.identity;

/** Why an ID number is {@link IdNumberStatus#MALFORMED}: one code, the first rule broken in this order. */
public enum IdNumberDefect {
    /** A character that is neither an ASCII digit nor formatting: a letter, a comma, {@code E+11}, a BOM. */
    NON_DIGIT,
    /** Only digits, but neither 9 nor 12 of them. */
    WRONG_LENGTH,
    /** 12 digits whose first three are not one of the 63 province codes of birth registration. */
    UNKNOWN_PROVINCE
}
