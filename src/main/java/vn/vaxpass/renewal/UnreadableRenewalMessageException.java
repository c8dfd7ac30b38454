package vn.vaxpass.renewal;

/**
 * A queue message that is not a renewal-due message this consumer can act on (unreadable, another version, or a
 * window that is not the subject's next): retrying it cannot help.
 */
public class UnreadableRenewalMessageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableRenewalMessageException(String message) {
        super(message);
    }
}
