package vn.vaxpass.correction;

/** Where a change of a subject's personal data came from. */
public enum AuditSource {
    /** The station edited the record directly. */
    EDIT,
    /** The station applied the police's signed hand-back. */
    POLICE,
    /** The station imported a file of ID numbers. */
    IMPORT,
    /** A citizen's report, applied. */
    CITIZEN_REPORT
}
