package vn.vaxpass.correction;

/**
 * Where a clean-up item stands. OPEN → ASSIGNED (to a village) → PROPOSED (values or an outcome) → WITH_POLICE (the
 * list was sent) → CONFIRMED / CORRECTED / REJECTED (the police's decision) → APPLIED (the subject updated) → VERIFIED
 * (the re-match agrees with the registry). An applied outcome that closes the item without a correction is CLOSED. A
 * rejected item, or one not verified after all, is listed again on the commune's next list with its new reason.
 */
public enum ItemState {
    OPEN,
    ASSIGNED,
    PROPOSED,
    WITH_POLICE,
    CONFIRMED,
    CORRECTED,
    REJECTED,
    APPLIED,
    VERIFIED,
    CLOSED;

    /** Whether the police decided the item (so the station can apply it, or not). */
    public boolean isDecided() {
        return this == CONFIRMED || this == CORRECTED || this == REJECTED;
    }

    /** Whether the station may still assign or a village propose: the list has not gone to the police. */
    public boolean isBeforePolice() {
        return this == OPEN || this == ASSIGNED || this == PROPOSED;
    }
}
