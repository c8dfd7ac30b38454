package vn.vaxpass.functions.registrymatch;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One subject's personal data as the clerk typed it, to check against the registry. */
@RegisterForReflection
public record SubjectMatchRequest(String subjectId, String fullName, String dateOfBirth, String gender,
        String idNumber, String communeCode) {
}
