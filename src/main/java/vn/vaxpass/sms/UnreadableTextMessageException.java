package vn.vaxpass.sms;

/**
 * A queue message that asks for a text but cannot be read as one: no retry helps it. Its message names the field at
 * fault, never a value (the values are phone numbers and codes).
 */
public class UnreadableTextMessageException extends RuntimeException {

    public UnreadableTextMessageException(String message) {
        super(message);
    }
}
