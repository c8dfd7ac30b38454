package vn.vaxpass.confirmation;

import java.security.MessageDigest;

/**
 * Whether a dose stands confirmed: its facility's newest confirmation was taken over exactly its present content.
 * A confirmed dose whose content changes later loses its confirmation, whatever path changed it: the hashes differ.
 */
public enum ConfirmationState {

    /** The newest confirmation's hash is the hash of the dose as it is now. */
    CONFIRMED,
    /** No facility has confirmed the dose. */
    NOT_CONFIRMED,
    /** Confirmed once, but the dose has changed since: it must be confirmed again. */
    CHANGED_AFTER_CONFIRMATION;

    /**
     * @param currentHash the hash of the dose's content now ({@link DoseContent#hash()})
     * @param confirmedHash the newest confirmation's hash, or null when there is none
     */
    public static ConfirmationState of(byte[] currentHash, byte[] confirmedHash) {
        if (confirmedHash == null) {
            return NOT_CONFIRMED;
        }
        return MessageDigest.isEqual(currentHash, confirmedHash) ? CONFIRMED : CHANGED_AFTER_CONFIRMATION;
    }
}
