package vn.vaxpass.functions.registrymatch;

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
import vn.vaxpass.matching.BatchMatcher;
import vn.vaxpass.subject.SubjectData;
import vn.vaxpass.vaccination.CommuneStore;

/**
 * Checks one subject against the population registry: the status, the suggested registry person, and why, field by
 * field. A check, not a record: nothing is written (batch jobs record results).
 *
 * <p>Who may call: health staff whose jurisdiction covers the subject's commune ({@code commune-health} of that
 * commune, {@code province-health} of its province).
 */
@Path(SubjectMatchResource.PATH)
@Tag(name = "registry-match")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.PROVINCE_HEALTH, Roles.COMMUNE_HEALTH})
public class SubjectMatchResource {

    public static final String PATH = "/v1/registry-match/match";

    /** The request names no commune: the jurisdiction check needs it. */
    public static final String COMMUNE_REQUIRED = "COMMUNE_REQUIRED";
    /** The commune is not in the commune list. */
    public static final String UNKNOWN_COMMUNE = "UNKNOWN_COMMUNE";

    private final Caller caller;
    private final CommuneStore communes;
    private final BatchMatcher matcher;

    @Inject
    public SubjectMatchResource(Caller caller, CommuneStore communes, BatchMatcher matcher) {
        this.caller = caller;
        this.communes = communes;
        this.matcher = matcher;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Match one subject and explain the result field by field",
            description = "400 COMMUNE_REQUIRED or UNKNOWN_COMMUNE; 403 OUTSIDE_JURISDICTION when the commune is not the"
                    + " caller's. Statuses: MISSING_ID, INVALID_ID_FORMAT, NOT_FOUND, MISMATCH, VERIFIED.")
    public Uni<SubjectMatchResponse> match(SubjectMatchRequest request) {
        if (request == null || request.communeCode() == null || request.communeCode().isBlank()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, COMMUNE_REQUIRED,
                    "Give the subject's commune code (communeCode), such as 00001.");
        }
        String commune = request.communeCode().strip();
        return communes.provinceOf(commune).chain(province -> {
            if (province.isEmpty()) {
                throw new ProblemException(Response.Status.BAD_REQUEST, UNKNOWN_COMMUNE,
                        "Commune " + commune + " is not in the commune list.");
            }
            caller.requireCommune(commune, province.get());
            SubjectData subject = new SubjectData(request.subjectId(), request.fullName(), request.dateOfBirth(),
                    request.gender(), request.idNumber(), commune);
            return matcher.explain(subject).map(explained -> SubjectMatchResponse.of(request.subjectId(), explained));
        });
    }
}
