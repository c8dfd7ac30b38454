package vn.vaxpass.functions.correction;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;

import vn.vaxpass.correction.AuditEntry;
import vn.vaxpass.correction.DirectEdit;
import vn.vaxpass.correction.SubjectRecords;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.subject.StoredSubject;

/**
 * A subject's record for the station's direct edit: read it (its version is the ETag), edit it with If-Match and a
 * reason; and its audit trail (station, police, ministry).
 */
@Path("/v1/correction/subjects/{subjectId}")
@Tag(name = "correction")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class SubjectsResource {

    private final Callers callers;
    private final SubjectRecords records;
    private final DirectEdit edits;

    @Inject
    public SubjectsResource(Callers callers, SubjectRecords records, DirectEdit edits) {
        this.callers = callers;
        this.records = records;
        this.edits = edits;
    }

    /** A subject's personal data and its version; {@code check} after an edit: the new registry check's status. */
    @RegisterForReflection
    public record SubjectResponse(String subjectId, String fullName, String dateOfBirth, String gender,
            String idNumber, String communeCode, int version, Boolean changed, String check) {

        static SubjectResponse of(StoredSubject subject, Boolean changed, String check) {
            return new SubjectResponse(subject.subjectId(), subject.data().fullName(), subject.data().dateOfBirth(),
                    subject.data().gender(), subject.data().idNumber(), subject.data().communeCode(),
                    subject.version(), changed, check);
        }
    }

    @GET
    @RolesAllowed(Roles.COMMUNE_HEALTH)
    @Operation(summary = "A subject of the station's commune, its version as ETag (commune-health)",
            description = "404 NOT_FOUND for a subject of another commune, as for one that does not exist.")
    public Uni<Response> read(@PathParam("subjectId") String subjectId) {
        return records.read(callers.actor(), subjectId).map(subject -> Response.ok(SubjectResponse.of(subject, null,
                null)).tag(new EntityTag(Integer.toString(subject.version()))).build());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMUNE_HEALTH)
    @Operation(summary = "Correct a subject's personal data directly (commune-health)",
            description = "If-Match: the version read (428 IF_MATCH_REQUIRED without; 409 STALE_VERSION when someone"
                    + " else changed it). A reason is required (400 REASON_REQUIRED); 422 INVALID_VALUES with one code"
                    + " per field. Audited (source EDIT), re-matched at once; the new version is the ETag.")
    public Uni<Response> edit(@PathParam("subjectId") String subjectId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Requests.Edit request) {
        int version = Callers.requiredVersion(ifMatch);
        Requests.required(request);
        return edits.edit(callers.actor(), subjectId, version, request.values(), request.reason())
                .map(edited -> Response.ok(SubjectResponse.of(edited.subject(), edited.changed(),
                        edited.check().status().name())).tag(new EntityTag(Integer.toString(
                        edited.subject().version()))).build());
    }

    @GET
    @Path("audit")
    @RolesAllowed({Roles.COMMUNE_HEALTH, Roles.COMMUNE_POLICE, Roles.MINISTRY})
    @Operation(summary = "A subject's audit trail, oldest first (commune-health, commune-police, ministry)")
    public Uni<List<AuditEntry>> audit(@PathParam("subjectId") String subjectId) {
        return records.audit(callers.actor(), subjectId);
    }
}
