package vn.vaxpass.vaccination;

/** Why a row of a commune-successors file is not imported; the names are stable report codes. */
public enum CommuneSuccessorRowError {
    /** old_commune_code or current_commune_code is empty. */
    MISSING_COMMUNE_CODE,
    /** Both columns name the same commune. */
    SAME_COMMUNE,
    /** A value longer than its column holds. */
    VALUE_TOO_LONG,
    /** A value with a NUL character, which the database cannot store. */
    INVALID_CHARACTER,
    /** The old_commune_code is on more than one line of the file. */
    DUPLICATE_OLD_CODE,
    /** The current commune is not in the commune list (import communes.csv first). */
    UNKNOWN_CURRENT_COMMUNE,
    /** The current commune is itself mapped to another one: a mapping goes to today's commune in one step. */
    CURRENT_COMMUNE_MERGED
}
