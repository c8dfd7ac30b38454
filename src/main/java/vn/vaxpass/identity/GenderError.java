package vn.vaxpass.identity;

/** Why a gender field could not be read ({@link Gender#parse(String)}). */
public enum GenderError {
    /** Null, empty or only white space. */
    MISSING,
    /** Anything other than the accepted spellings of male and female. */
    UNRECOGNISED
}
