package vn.vaxpass.vaccination;

/** Why a row of a doses file is not imported; the names are stable report codes. */
public enum DoseRowError {
    /** subject_id is empty. */
    MISSING_SUBJECT_ID,
    /** dose_number is not a whole number from 1 to {@value DoseImportRows#MAX_DOSE_NUMBER}. */
    INVALID_DOSE_NUMBER,
    /** total_doses is not a whole number from 1 to {@value DoseImportRows#MAX_DOSE_NUMBER}. */
    INVALID_TOTAL_DOSES,
    /** vaccinated_on is not a full date in a format clerks use (a year alone is not a day). */
    INVALID_VACCINATION_DATE,
    /** vaccinated_on is before any COVID-19 vaccine was given, or after today (Viet Nam's date). */
    VACCINATION_DATE_OUT_OF_RANGE,
    /** product is not a code of the EU value set vaccine-medicinal-product. */
    UNKNOWN_PRODUCT,
    /** manufacturer is not a code of the EU value set vaccine-mah-manf. */
    UNKNOWN_MANUFACTURER,
    /** prophylaxis is not a code of the EU value set vaccine-prophylaxis. */
    UNKNOWN_PROPHYLAXIS,
    /** facility_code is empty. */
    MISSING_FACILITY,
    /** A value longer than its column holds. */
    VALUE_TOO_LONG,
    /** A value with a NUL character, which the database cannot store. */
    INVALID_CHARACTER,
    /** The same subject_id and dose_number are on more than one line of the file. */
    DUPLICATE_DOSE,
    /** subject_id names no subject: import the subjects first. */
    UNKNOWN_SUBJECT
}
