package vn.vaxpass.functions.correction;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.correction.Actor;
import vn.vaxpass.correction.CorrectionProblem;
import vn.vaxpass.correction.ListCreation;
import vn.vaxpass.correction.Lists;
import vn.vaxpass.correction.Sending;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.vaccination.CommuneStore;

/**
 * A commune's clean-up lists: create one (the station), read them (station, village team: its items only, police,
 * province, ministry), send one to the police (the station).
 */
@Path(ListsResource.PATH)
@Tag(name = "correction")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ListsResource {

    public static final String PATH = "/v1/correction/lists";
    /** A list query without its commune. */
    public static final String COMMUNE_REQUIRED = "COMMUNE_REQUIRED";

    private final Callers callers;
    private final ListCreation creation;
    private final Lists lists;
    private final Sending sending;
    private final ListViews views;
    private final CommuneStore communes;

    @Inject
    public ListsResource(Callers callers, ListCreation creation, Lists lists, Sending sending, ListViews views,
            CommuneStore communes) {
        this.callers = callers;
        this.creation = creation;
        this.lists = lists;
        this.sending = sending;
        this.views = views;
        this.communes = communes;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMUNE_HEALTH)
    @Operation(summary = "Create the commune's clean-up list (commune-health of the commune)",
            description = "Lists every resident whose latest registry check is not VERIFIED, is OUTDATED or was never"
                    + " made, and those with a citizen's report waiting; the commune is today's, its residents"
                    + " recorded with its code or an old code merged into it; subjects another commune found moved"
                    + " here come as items of source MOVED_IN. 201 with the list. 400 UNKNOWN_COMMUNE, COMMUNE_MERGED"
                    + " (an old code: make the list for the commune it was merged into);"
                    + " 404 NOT_FOUND for another commune; 409 LIST_ALREADY_OPEN while one is not applied.")
    public Uni<Response> create(Requests.NewList request) {
        Actor actor = callers.actor();
        String commune = Requests.required(request).communeCode() == null ? "" : request.communeCode().strip();
        return creation.create(actor, commune).chain(id -> view(actor, id))
                .map(list -> Response.created(URI.create(PATH + "/" + list.id())).entity(list).build());
    }

    @GET
    @RolesAllowed({Roles.COMMUNE_HEALTH, Roles.VILLAGE_TEAM, Roles.COMMUNE_POLICE, Roles.PROVINCE_HEALTH,
            Roles.MINISTRY})
    @Operation(summary = "The lists of a commune, newest first, without their items",
            description = "Any role of the commune, its province or the ministry. 400 COMMUNE_REQUIRED; 404 NOT_FOUND"
                    + " for a commune outside the caller's.")
    public Uni<List<ListResponse>> ofCommune(@QueryParam("commune") String commune) {
        if (commune == null || commune.isBlank()) {
            throw CorrectionProblem.badRequest(COMMUNE_REQUIRED, "Hãy chọn xã (commune). / Give the commune code.");
        }
        Actor actor = callers.actor();
        return communes.provinceOf(commune.strip()).chain(province -> {
            if (province.isEmpty()) {
                throw CorrectionProblem.notFound("xã " + commune);
            }
            return lists.ofCommune(actor, commune.strip(), province.get());
        }).map(found -> found.stream().map(list -> ListResponse.of(list, null)).toList());
    }

    @GET
    @Path("{listId}")
    @RolesAllowed({Roles.COMMUNE_HEALTH, Roles.VILLAGE_TEAM, Roles.COMMUNE_POLICE, Roles.PROVINCE_HEALTH,
            Roles.MINISTRY})
    @Operation(summary = "A list and its items as the caller may see them",
            description = "Health roles see suggested ID numbers masked (first three and last two digits); police and"
                    + " ministry see them whole; a village team sees its village's items only. 404 NOT_FOUND for"
                    + " another commune's list.")
    public Uni<ListResponse> read(@PathParam("listId") UUID listId) {
        return view(callers.actor(), listId);
    }

    @POST
    @Path("{listId}/sending")
    @RolesAllowed(Roles.COMMUNE_HEALTH)
    @Operation(summary = "Send the list to the commune police (commune-health)",
            description = "Every item goes WITH_POLICE; the list is frozen and its content hashed. If-Match: the"
                    + " list's version, optional. 409 ILLEGAL_TRANSITION (with currentState) unless OPEN; 409"
                    + " STALE_VERSION.")
    public Uni<ListResponse> send(@PathParam("listId") UUID listId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Actor actor = callers.actor();
        return sending.send(actor, listId, Callers.version(ifMatch)).chain(list -> view(actor, listId));
    }

    private Uni<ListResponse> view(Actor actor, UUID listId) {
        return views.read(actor, callers.reader(), listId).map(ListViews.Seen::list);
    }
}
