package vn.vaxpass.identity;

/** What an ID number field holds, by the contract of {@link IdNumber#parse(String)}. */
public enum IdNumberStatus {
    /** Null, or nothing left once formatting (white space, dots, dashes) is removed. */
    MISSING,
    /** 9 digits, or 12 digits opening with one of the 63 province codes. */
    WELL_FORMED,
    /** Anything else; {@link IdNumberReading#defect()} says why. */
    MALFORMED
}
