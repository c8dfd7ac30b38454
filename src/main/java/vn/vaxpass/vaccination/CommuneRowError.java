package vn.vaxpass.vaccination;

/** Why a row of a communes file is not imported; the names are stable report codes. */
public enum CommuneRowError {
    /** commune_code is empty. */
    MISSING_COMMUNE_CODE,
    /** province_code is not two digits. */
    INVALID_PROVINCE_CODE,
    /** A value longer than its column holds. */
    VALUE_TOO_LONG,
    /** A value with a NUL character, which the database cannot store. */
    INVALID_CHARACTER,
    /** The commune_code is on more than one line of the file. */
    DUPLICATE_COMMUNE_CODE
}
