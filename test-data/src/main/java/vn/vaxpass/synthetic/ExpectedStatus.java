package vn.vaxpass.synthetic;

/** What the matcher must answer for a subject, by the status contract ({@link RegistryCheckContract}). */
public enum ExpectedStatus {
    /** No ID number written. */
    MISSING_ID,
    /** Not 9 digits, nor 12 digits starting with a known province code, once spaces, dots and dashes are dropped. */
    INVALID_ID_FORMAT,
    /** Well formed, but nobody in the registry has it as ID number or old ID number. */
    NOT_FOUND,
    /** The registry person with that number differs in name, date of birth and/or gender. */
    MISMATCH,
    /** That person, with the same canonical name, date of birth and gender. */
    VERIFIED
}
