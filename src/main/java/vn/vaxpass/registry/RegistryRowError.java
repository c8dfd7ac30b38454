package vn.vaxpass.registry;

/** Why a row of a registry extract is not imported; the names are stable report codes. */
public enum RegistryRowError {
    /** id_number is not a well-formed 12-digit personal ID number (missing, wrong length, unknown province). */
    INVALID_ID_NUMBER,
    /** old_id_number is neither empty nor 9 digits. */
    INVALID_OLD_ID_NUMBER,
    /** full_name is empty. */
    MISSING_NAME,
    /** date_of_birth is not a date or a year. */
    INVALID_DATE_OF_BIRTH,
    /** gender is not M or F (or Nam, Nữ). */
    INVALID_GENDER,
    /** commune_code is empty. */
    MISSING_COMMUNE,
    /** A value longer than its column holds. */
    VALUE_TOO_LONG,
    /** A value with a NUL character, which the database cannot store. */
    INVALID_CHARACTER,
    /** The id_number is on more than one line of the file. */
    DUPLICATE_ID_NUMBER,
    /** The old_id_number is on more than one line of the file. */
    DUPLICATE_OLD_ID_NUMBER,
    /** The old_id_number belongs to another person of the registry mirror. */
    OLD_ID_NUMBER_TAKEN
}
