package vn.vaxpass.certificate.verify;

/** A step of the verification chain failed; carries that step's code. */
public class VerificationFailure extends Exception {

    private final VerificationError error;

    public VerificationFailure(VerificationError error, String detail) {
        super(detail == null ? error.description() : error.description() + " " + detail);
        this.error = error;
    }

    public VerificationError error() {
        return error;
    }
}
