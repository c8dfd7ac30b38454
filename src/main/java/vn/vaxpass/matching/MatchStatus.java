package vn.vaxpass.matching;

/** The registry-match contract: what a subject's record is, compared with the population registry. */
public enum MatchStatus {
    /** No ID number. */
    MISSING_ID,
    /** Not a well-formed ID number, after ignoring formatting characters. */
    INVALID_ID_FORMAT,
    /** Well formed, but no registry person has it as ID number or old ID number. */
    NOT_FOUND,
    /** The registry person with that number differs in name, date of birth and/or gender. */
    MISMATCH,
    /** That person, with equal canonical name, date of birth and gender. */
    VERIFIED
}
