package vn.vaxpass.functions.sign;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.issuance.CertificateOnDemand;
import vn.vaxpass.http.Problem;
import vn.vaxpass.http.security.Caller;
import vn.vaxpass.http.security.Roles;

/**
 * A subject's certificate, signed on request for the 12-month window the request falls in: the HC1 text, or its QR
 * code as PNG or SVG, by content negotiation. The same window gives the same certificate, tagged with an ETag of what
 * it means (its bytes are the same too: signed once and kept, whatever the signer; see SignOncePerWindow).
 *
 * <p>Who may call: the Ministry of Health (anyone's); facility staff (the people their facility vaccinated, claim
 * {@code facility}); the citizen, with the lookup function's session for that subject (claim {@code subject_id}).
 * A subject outside the caller's reach is answered 404, as one that does not exist.
 */
@Path("/v1/subjects/{id}/certificate")
@Tag(name = "sign", description = "Certificates on demand, dose confirmations, the revocation list.")
@RolesAllowed({Roles.MINISTRY, Roles.FACILITY_STAFF, Roles.CITIZEN_SESSION})
public class CertificateResource {

    private static final String VARY = "Accept";

    private final CertificateOnDemand onDemand;
    private final Clock clock;
    private final Caller caller;

    @Inject
    public CertificateResource(CertificateOnDemand onDemand, Clock clock, Caller caller) {
        this.onDemand = onDemand;
        this.clock = clock;
        this.caller = caller;
    }

    @GET
    @Produces({"text/plain", "image/png", "image/svg+xml", "application/json"})
    @Operation(summary = "The subject's certificate for the current window",
            description = "Signed from the verified record and its confirmed doses. `Accept: text/plain` gives the HC1 "
                    + "text, `image/png` or `image/svg+xml` the QR code, `application/json` the UVCI and validity "
                    + "window with the HC1 text (for pages). Send the ETag back in `If-None-Match` to get "
                    + "304 while the certificate is unchanged.")
    @APIResponse(responseCode = "200", description = "The certificate")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given")
    @APIResponse(responseCode = "401", description = "No valid bearer token (UNAUTHENTICATED)")
    @APIResponse(responseCode = "403", description = "A role that may not fetch certificates (ROLE_NOT_ALLOWED)")
    @APIResponse(responseCode = "404", description = "No such subject for this caller (SUBJECT_NOT_FOUND)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not eligible now; the code says why: DECEASED, NOT_YET_CHECKED, "
            + "MATCH_OUTDATED, NOT_VERIFIED, NO_DOSES, DOSE_NOT_CONFIRMED, DOSE_CHANGED_AFTER_CONFIRMATION, "
            + "RECORD_NOT_CERTIFIABLE", content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Problem.class)))
    public Uni<Response> certificate(@PathParam("id") String subjectId, @Context HttpHeaders headers,
            @Context Request request) {
        CertificateRepresentation representation = CertificateRepresentation.preferred(headers.getAcceptableMediaTypes());
        return onDemand.certificate(subjectId, caller.reach(), clock.instant()).map(certificate -> {
            EntityTag tag = representation.entityTag(certificate);
            Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
            Response.ResponseBuilder response = unchanged != null ? unchanged
                    : Response.ok(representation.body(certificate), representation.mediaType());
            return response.tag(tag).header(HttpHeaders.VARY, VARY).cacheControl(privateRevalidated()).build();
        });
    }

    /** Personal data: kept by the caller's own client only, and checked with the server before each reuse. */
    private static CacheControl privateRevalidated() {
        CacheControl cacheControl = new CacheControl();
        cacheControl.setPrivate(true);
        cacheControl.setNoCache(true);
        cacheControl.setNoTransform(false);
        return cacheControl;
    }
}
