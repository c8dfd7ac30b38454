package vn.vaxpass.issuance;

/**
 * No such subject for this caller: it does not exist, or the caller may not see it. The two are not told apart,
 * so that nobody learns whether someone else is on record.
 */
public class SubjectNotFoundException extends RuntimeException {

    public static final String CODE = "SUBJECT_NOT_FOUND";

    public SubjectNotFoundException() {
        super("No vaccination record with this identifier is available to you.");
    }
}
