package vn.vaxpass.functions.lookup;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

import vn.vaxpass.http.security.Caller;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.lookup.CitizenLookup;
import vn.vaxpass.lookup.IdNumberLookup;

/**
 * The login way: a citizen logged in to the portal looks up their own ID number and date of birth.
 * Who may call: role {@value vn.vaxpass.http.security.Roles#CITIZEN}, for the ID number in their token's
 * {@code id_number} claim only (any other: 403 NOT_YOUR_ID_NUMBER, whether or not it has a record).
 */
@Path("/v1/lookup/by-id-number")
@Tag(name = "lookup")
public class IdNumberLookupResource {

    private final CitizenLookup lookup;
    private final CitizenSessions sessions;
    private final Caller caller;
    private final Clock clock;

    @Inject
    public IdNumberLookupResource(CitizenLookup lookup, CitizenSessions sessions, Caller caller, Clock clock) {
        this.lookup = lookup;
        this.sessions = sessions;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @RolesAllowed(Roles.CITIZEN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Look up one's own record by ID number and date of birth", description = "200 with the "
            + "records and a session per record; 404 NO_RECORD_FOUND; 403 NOT_YOUR_ID_NUMBER; 400 INVALID_LOOKUP; "
            + "429 with Retry-After over a limit.")
    public Uni<LookupResult> lookUp(IdNumberLookup request, @Context HttpServerRequest http) {
        Instant now = clock.instant();
        IdNumberLookup typed = request == null ? new IdNumberLookup(null, null) : request;
        return lookup.byIdNumber(typed, caller.reach().provenIdNumber(), ClientAddress.of(http), now)
                .map(records -> LookupResult.of(records, sessions, now));
    }
}
