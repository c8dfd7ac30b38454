package vn.vaxpass.functions.registrymatch;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.http.ProblemException;
import vn.vaxpass.http.security.Caller;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.matching.ProposedValues;
import vn.vaxpass.matching.SubjectCheck;
import vn.vaxpass.registry.RegistryReader;
import vn.vaxpass.shared.FieldError;

/**
 * Checks one stored subject against the population registry, as stored or with values a clerk proposes: the status,
 * the suggested registry person, and why, field by field ({@link SubjectCheck}). Never free-form identities: the
 * registry is not an oracle for strangers' ID numbers (issue 11). Each check is counted against the caller's daily
 * quota and recorded with the caller; nothing else is written (batch jobs record results).
 *
 * <p>Who may call: health staff whose jurisdiction covers the subject's commune ({@code commune-health} of that
 * commune, {@code province-health} of its province), and the Ministry ({@code ministry}), the only one to see the
 * suggested ID number whole.
 */
@Path(SubjectMatchResource.PATH)
@Tag(name = "registry-match")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.PROVINCE_HEALTH, Roles.COMMUNE_HEALTH, Roles.MINISTRY})
public class SubjectMatchResource {

    public static final String PATH = "/v1/registry-match/match";

    /** The request names no subject. */
    public static final String SUBJECT_ID_REQUIRED = "SUBJECT_ID_REQUIRED";
    /** No stored subject with that id within the caller's jurisdiction: the same whether or not it exists elsewhere. */
    public static final String SUBJECT_NOT_FOUND = "SUBJECT_NOT_FOUND";
    /** A proposed value cannot be read; each field at fault has its own code ({@link ProposedValues.Invalid}). */
    public static final String INVALID_PROPOSED_VALUES = "INVALID_PROPOSED_VALUES";

    private final Caller caller;
    private final SubjectCheck check;

    @Inject
    public SubjectMatchResource(Caller caller, SubjectCheck check) {
        this.caller = caller;
        this.check = check;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Match one stored subject, as stored or with proposed values, and explain the result",
            description = "Who may call: commune-health of the subject's commune, province-health of its province,"
                    + " ministry. Body {subjectId, proposed: {fullName, dateOfBirth, gender, idNumber}}, every proposed"
                    + " value optional. The suggested ID number is masked (001*******45) for health staff, whole for the"
                    + " ministry. 400 SUBJECT_ID_REQUIRED; 404 SUBJECT_NOT_FOUND when there is no such subject in the"
                    + " caller's jurisdiction; 422 INVALID_PROPOSED_VALUES with one code per field (INVALID_FULL_NAME,"
                    + " INVALID_DATE_OF_BIRTH, INVALID_GENDER, INVALID_ID_NUMBER); 429 REGISTRY_QUOTA_EXCEEDED with"
                    + " Retry-After when the account has used its daily checks (vaxpass.registry.daily-quota). Statuses:"
                    + " MISSING_ID, INVALID_ID_FORMAT, NOT_FOUND, MISMATCH, VERIFIED. Every check is recorded with the"
                    + " caller (registry_disclosure).")
    public Uni<SubjectMatchResponse> match(SubjectMatchRequest request) {
        if (request == null || request.subjectId() == null || request.subjectId().isBlank()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, SUBJECT_ID_REQUIRED,
                    "Give the id of the stored subject to check (subjectId), such as VN1000001.");
        }
        ProposedValues proposed = proposed(request.proposed());
        List<FieldError> errors = proposed.errors();
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemException.UNPROCESSABLE_CONTENT, INVALID_PROPOSED_VALUES,
                    "Some proposed values cannot be read; correct them, or leave them out to check the stored ones.",
                    errors);
        }
        String subjectId = request.subjectId().strip();
        RegistryReader reader = new RegistryReader(caller.subject(), caller.roles(), caller.reach());
        return check.check(subjectId, proposed, reader).map(explained -> explained
                .map(found -> SubjectMatchResponse.of(subjectId, found))
                .orElseThrow(() -> new ProblemException(Response.Status.NOT_FOUND, SUBJECT_NOT_FOUND,
                        "There is no subject " + subjectId + " in your jurisdiction. Check the id, or import the"
                                + " subject first.")));
    }

    private static ProposedValues proposed(SubjectMatchRequest.Proposed proposed) {
        return proposed == null ? ProposedValues.none()
                : new ProposedValues(proposed.fullName(), proposed.dateOfBirth(), proposed.gender(), proposed.idNumber());
    }
}
