package vn.vaxpass.matching.jobs;

/** A queue message that is not a chunk message this worker can read: retrying it cannot help. */
public class UnreadableMessageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableMessageException(String message) {
        super(message);
    }
}
