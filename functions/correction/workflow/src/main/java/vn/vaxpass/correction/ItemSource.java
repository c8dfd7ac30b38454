package vn.vaxpass.correction;

/**
 * Why a subject is on a list: its latest registry check, a citizen's own report, or another commune's applied
 * MOVED_AWAY outcome naming this commune.
 */
public enum ItemSource {
    REGISTRY_CHECK,
    CITIZEN_REPORT,
    /** Moved here, as another commune found: applied, the subject is registered in this commune. */
    MOVED_IN
}
