package vn.vaxpass.renewal;

/**
 * The citizen-notification queue did not accept a renewal's notification (SQS refused that entry of a batch): the
 * renewal is not written as handled, and its renewal-due message is left to a redelivery, which tells the citizen
 * with the same notification id.
 */
public class NotificationNotSentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotificationNotSentException() {
        super("The citizen-notification queue did not accept the notification; the message is delivered again");
    }
}
