package vn.vaxpass.correction;

/** Why a subject is on a list: its latest registry check, or a citizen's own report. */
public enum ItemSource {
    REGISTRY_CHECK,
    CITIZEN_REPORT
}
