package vn.vaxpass.certificate.cwt;

/** The COSE payload is not a CWT carrying a DCC. */
public class CwtFormatException extends Exception {

    public CwtFormatException(String message) {
        super(message);
    }

    public CwtFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
