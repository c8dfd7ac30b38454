package vn.vaxpass.confirmation;

/**
 * A dose as stored, with the hash its newest confirmation was taken over (null when never confirmed).
 *
 * @param id the dose's row id
 */
public record RecordedDose(long id, DoseContent content, byte[] confirmedHash) {

    public byte[] currentHash() {
        return content.hash();
    }

    public ConfirmationState state() {
        return ConfirmationState.of(currentHash(), confirmedHash);
    }
}
