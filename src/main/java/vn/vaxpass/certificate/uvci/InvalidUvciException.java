package vn.vaxpass.certificate.uvci;

/** A UVCI, or an identifier to make one from, breaks a rule of the format. */
public class InvalidUvciException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final UvciError error;

    public InvalidUvciException(UvciError error, String detail) {
        super(error + ": " + detail);
        this.error = error;
    }

    public UvciError error() {
        return error;
    }
}
