package vn.vaxpass.issuance;

/**
 * Why a subject cannot have a certificate now, one code per rule (certificates are signed only for a record the
 * registry check VERIFIED as it is now, whose every dose its facility confirmed as it is now).
 */
public enum EligibilityReason {
    /** The subject is known to have died (a commune's applied DECEASED outcome): no certificate from then on. */
    DECEASED,
    /** The registry check has not looked at this record yet. */
    NOT_YET_CHECKED,
    /** Personal data changed after the last registry check; the new data has not been checked. */
    MATCH_OUTDATED,
    /** The registry check did not verify the record (no ID number, not found, or different details). */
    NOT_VERIFIED,
    /** No dose is recorded. */
    NO_DOSES,
    /** A dose has never been confirmed by its facility. */
    DOSE_NOT_CONFIRMED,
    /** A dose changed after its facility confirmed it. */
    DOSE_CHANGED_AFTER_CONFIRMATION,
    /** The record holds data no certificate may carry (an unknown vaccine code, an unreadable date). */
    RECORD_NOT_CERTIFIABLE
}
