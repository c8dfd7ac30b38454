package vn.vaxpass.correction;

/**
 * What a village may propose instead of corrected values: the item closes without a correction once the police
 * confirm it and the station applies it, except {@link #NOT_FOUND}, which stays for the commune's next list. Each comes
 * with a note.
 */
public enum Outcome {
    /**
     * Moved to another commune: closed here, and offered to the next list of the commune moved to when the proposal
     * names it ({@link OutcomeTarget}).
     */
    MOVED_AWAY,
    /** Died: no certificate from then on. */
    DECEASED,
    /** Never lived in the commune. */
    NOT_RESIDENT,
    /** Nobody in the village knows the person: stays open for the next list. */
    NOT_FOUND,
    /**
     * The same person as another subject of the commune, named by the proposal ({@link OutcomeTarget}): the two are
     * merged, the doses moved to the subject kept and this one closed.
     */
    DUPLICATE_OF;

    /** Whether applying this outcome closes the item. */
    public boolean closesItem() {
        return this != NOT_FOUND;
    }
}
