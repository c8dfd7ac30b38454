package vn.vaxpass.functions.sign;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.confirmation.DayConfirmation;
import vn.vaxpass.confirmation.DoseConfirmations;
import vn.vaxpass.http.ProblemException;
import vn.vaxpass.http.security.Caller;
import vn.vaxpass.http.security.Roles;

/**
 * Facility staff confirm ("ký xác nhận") the doses their facility gave on a day, as they are now. A dose that changes
 * later loses its confirmation and must be confirmed again; confirming an unchanged day again changes nothing.
 *
 * <p>Who may call: that facility's staff only (role {@code facility-staff}, claim {@code facility} = the code in the
 * path). A confirmation is the facility's own statement, so not even the Ministry confirms for it.
 */
@Path("/v1/facilities/{code}/confirmations")
@Tag(name = "sign")
@RolesAllowed(Roles.FACILITY_STAFF)
public class ConfirmationResource {

    public static final String MISSING_DAY = "MISSING_DAY";

    private final DoseConfirmations confirmations;
    private final Clock clock;
    private final Caller caller;

    @Inject
    public ConfirmationResource(DoseConfirmations confirmations, Clock clock, Caller caller) {
        this.confirmations = confirmations;
        this.clock = clock;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm the facility's doses of a day",
            description = "Records who confirmed, when, and the SHA-256 of each dose's content. Answers how many "
                    + "doses the day has, how many were confirmed now and how many already stood confirmed. "
                    + "403 OUTSIDE_JURISDICTION for another facility's code.")
    public Uni<DayConfirmation> confirm(@PathParam("code") String facilityCode, ConfirmationRequest request) {
        caller.requireFacility(facilityCode);
        if (request == null || request.day() == null) {
            throw new ProblemException(Response.Status.BAD_REQUEST, MISSING_DAY,
                    "Send {\"day\": \"YYYY-MM-DD\"}, the vaccination day whose doses you confirm.");
        }
        return confirmations.confirmDay(facilityCode, request.day(), caller.subject(), clock.instant());
    }
}
