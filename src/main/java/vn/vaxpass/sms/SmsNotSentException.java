package vn.vaxpass.sms;

/** The SMS provider did not accept a text; its message names the provider's error code, never the phone or text. */
public class SmsNotSentException extends RuntimeException {

    public SmsNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
