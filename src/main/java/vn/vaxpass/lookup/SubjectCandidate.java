package vn.vaxpass.lookup;

/**
 * A vaccination subject whose stored phone or ID number has the key searched for, with the values the clerk typed.
 * Holds personal data: never log it.
 */
public record SubjectCandidate(String subjectId, String fullName, String dateOfBirth, String gender, String idNumber,
        String phone) {
}
