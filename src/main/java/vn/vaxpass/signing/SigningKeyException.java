package vn.vaxpass.signing;

/** A signing key or certificate is missing, unreadable, or does not fit its purpose. */
public class SigningKeyException extends RuntimeException {

    public SigningKeyException(String message) {
        super(message);
    }

    public SigningKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
