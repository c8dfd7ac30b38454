package vn.vaxpass.correction;

/**
 * Where a clean-up list stands. OPEN (the station and the villages work it) → WITH_POLICE (sent: frozen, its content
 * hashed) → HANDED_BACK (the police signed their decisions) → APPLIED (the station applied them). A commune has at
 * most one list that is not APPLIED.
 */
public enum ListState {
    OPEN,
    WITH_POLICE,
    HANDED_BACK,
    APPLIED
}
