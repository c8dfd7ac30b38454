package vn.vaxpass.functions.correction;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.correction.CorrectionItem;
import vn.vaxpass.correction.CorrectionProblem;
import vn.vaxpass.correction.ItemWork;
import vn.vaxpass.correction.WorkRole;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.subject.SubjectStore;

/**
 * One item's transitions: the station assigns it to a village; the village team (or the station) proposes values or
 * an outcome; the police decide it. If-Match (the item's version) is optional; a transition another caller made first
 * is 409 STALE_VERSION, one not allowed from the current state 409 ILLEGAL_TRANSITION with {@code currentState}.
 */
@Path(ListsResource.PATH + "/{listId}/items/{itemId}")
@Tag(name = "correction")
@SecurityRequirement(name = "bearer")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ItemsResource {

    /** A decision request without its decision. */
    public static final String DECISION_REQUIRED = "DECISION_REQUIRED";

    private final Callers callers;
    private final ItemWork work;
    private final SubjectStore subjects;

    @Inject
    public ItemsResource(Callers callers, ItemWork work, SubjectStore subjects) {
        this.callers = callers;
        this.work = work;
        this.subjects = subjects;
    }

    @PUT
    @Path("assignment")
    @RolesAllowed(Roles.COMMUNE_HEALTH)
    @Operation(summary = "Assign the item to a village (commune-health)",
            description = "From OPEN or ASSIGNED, while the list is OPEN. 400 INVALID_VILLAGE.")
    public Uni<ItemResponse> assign(@PathParam("listId") UUID listId, @PathParam("itemId") long itemId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Requests.Assignment request) {
        return work.assign(callers.actor(), listId, itemId, Requests.required(request).village(),
                Callers.version(ifMatch)).chain(item -> respond(item, WorkRole.STATION));
    }

    @PUT
    @Path("proposal")
    @RolesAllowed({Roles.VILLAGE_TEAM, Roles.COMMUNE_HEALTH})
    @Operation(summary = "Propose values or an outcome (village-team of the item's village, or commune-health)",
            description = "Values (fullName, dateOfBirth, gender, idNumber) or an outcome (MOVED_AWAY, DECEASED,"
                    + " NOT_RESIDENT, NOT_FOUND, DUPLICATE_OF) with a note. DUPLICATE_OF names the subject kept in"
                    + " duplicateOf (a subject of the same commune: 404 otherwise; 422 DUPLICATE_OF_REQUIRED,"
                    + " DUPLICATE_OF_ITSELF, UNKNOWN_SUBJECT); MOVED_AWAY may name the commune moved to in movedTo"
                    + " (a GSO code of the commune directory, an old code read as the commune it was merged into; 422"
                    + " UNKNOWN_COMMUNE, MOVED_TO_OWN_COMMUNE), which lists the subject next once this list is"
                    + " applied; either with another outcome is 422 TARGET_NOT_EXPECTED. A village team: items"
                    + " ASSIGNED to its village. 422 INVALID_VALUES with one code per field; 400 PROPOSAL_EMPTY,"
                    + " PROPOSAL_AMBIGUOUS, NOTE_REQUIRED.")
    public Uni<ItemResponse> propose(@PathParam("listId") UUID listId, @PathParam("itemId") long itemId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Requests.Proposal request) {
        Requests.required(request);
        return work.propose(callers.actor(), request.of(itemId, Callers.version(ifMatch)), listId)
                .chain(item -> respond(item, WorkRole.VILLAGE_TEAM));
    }

    @PUT
    @Path("decision")
    @RolesAllowed(Roles.COMMUNE_POLICE)
    @Operation(summary = "Decide the item (commune-police)",
            description = "CONFIRM (the proposal agrees with the registry), CORRECT (with the registry person's"
                    + " values) or REJECT (with a reason), while the list is WITH_POLICE; a decision may be changed"
                    + " until the hand-back is signed. 409 NOTHING_TO_CONFIRM; 422 INVALID_VALUES.")
    public Uni<ItemResponse> decide(@PathParam("listId") UUID listId, @PathParam("itemId") long itemId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Requests.Decision request) {
        Requests.required(request);
        if (request.decision() == null) {
            throw CorrectionProblem.badRequest(DECISION_REQUIRED, "Hãy chọn CONFIRM, CORRECT hoặc"
                    + " REJECT. / Choose CONFIRM, CORRECT or REJECT.");
        }
        return work.decide(callers.actor(), listId, itemId, request.decision(), request.values(), request.reason(),
                Callers.version(ifMatch)).chain(item -> respond(item, WorkRole.POLICE));
    }

    private Uni<ItemResponse> respond(CorrectionItem item, WorkRole role) {
        return subjects.withIds(List.of(item.subjectId))
                .map(found -> ItemResponse.of(item, found.isEmpty() ? null : found.get(0), role));
    }
}
