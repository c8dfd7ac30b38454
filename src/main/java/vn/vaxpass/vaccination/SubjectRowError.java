package vn.vaxpass.vaccination;

/** Why a row of a subjects file is not imported; the names are stable report codes. */
public enum SubjectRowError {
    /** subject_id is empty. */
    MISSING_SUBJECT_ID,
    /** full_name is empty. */
    MISSING_NAME,
    /** date_of_birth is not a date or a year in a format clerks use. */
    INVALID_DATE_OF_BIRTH,
    /** gender is not M, F, Nam or Nữ. */
    INVALID_GENDER,
    /** commune_code is empty. */
    MISSING_COMMUNE,
    /** commune_code is not in the commune table, so the subject's province is unknown. */
    UNKNOWN_COMMUNE,
    /** A value longer than its column holds. */
    VALUE_TOO_LONG,
    /** A value with a NUL character, which the database cannot store. */
    INVALID_CHARACTER,
    /** The subject_id is on more than one line of the file. */
    DUPLICATE_SUBJECT_ID,
    /**
     * The subject_id is already that of a subject outside the uploader's jurisdiction, which the file may not change:
     * the whole file is refused. The message says neither whose it is nor where that subject lives.
     */
    SUBJECT_ID_TAKEN
}
