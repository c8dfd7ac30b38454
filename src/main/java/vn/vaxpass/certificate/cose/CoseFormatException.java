package vn.vaxpass.certificate.cose;

/** The bytes are not a well-formed COSE_Sign1 message. */
public class CoseFormatException extends Exception {

    public CoseFormatException(String message) {
        super(message);
    }

    public CoseFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
