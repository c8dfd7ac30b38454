package vn.vaxpass.subject;

/** A vaccination subject's personal data exactly as clerks typed it. */
public record SubjectData(String subjectId, String fullName, String dateOfBirth, String gender, String idNumber,
        String communeCode) {
}
