package vn.vaxpass.functions.registrymatch;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A stored subject to check against the registry, by id, with the values a clerk proposes to try in place of the
 * stored ones (any of them, or none).
 */
@RegisterForReflection
public record SubjectMatchRequest(String subjectId, Proposed proposed) {

    /** Proposed values; one left out keeps the stored value. */
    @RegisterForReflection
    public record Proposed(String fullName, String dateOfBirth, String gender, String idNumber) {
    }
}
