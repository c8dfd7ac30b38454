package vn.vaxpass.correction;

/**
 * The part a caller plays in the clean-up workflow, which decides the transitions they may make
 * ({@link Transitions}). Read from the caller's reach by {@link Actor#of}.
 */
public enum WorkRole {
    /** The commune health station: creates lists, assigns, edits, sends, applies. */
    STATION,
    /** A village team: proposes values or an outcome for its village's items. */
    VILLAGE_TEAM,
    /** The commune police: decides items, confirms in bulk, signs the hand-back. Sees registry ID numbers whole. */
    POLICE,
    /** A province's health department: reads its communes' lists and progress. */
    PROVINCE,
    /** The Ministry of Health: reads everything. Sees registry ID numbers whole. */
    MINISTRY;

    /** Whether this role sees a suggested registry person's ID number whole (others see it masked). */
    public boolean seesIdNumbersWhole() {
        return this == POLICE || this == MINISTRY;
    }
}
