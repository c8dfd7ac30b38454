package vn.vaxpass.matching.jobs;

/** A job that cannot be submitted as asked; the reason is a stable code, the message says what to do. */
public class MatchJobException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The scope's code is not a commune or province code at all. */
        INVALID_SCOPE,
        /** The commune is not in the commune list. */
        UNKNOWN_COMMUNE,
        /** The commune was merged into another since 1 July 2025: jobs and uploads are for the commune of today. */
        COMMUNE_MERGED,
        /** The scope, or a subject of the upload, lies outside the caller's jurisdiction. */
        OUTSIDE_JURISDICTION
    }

    private final Reason reason;

    public MatchJobException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
