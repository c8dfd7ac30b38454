package vn.vaxpass.functions.lookup;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

import vn.vaxpass.lookup.CitizenLookup;
import vn.vaxpass.lookup.CodeRequest;
import vn.vaxpass.lookup.OneTimeCode;

/**
 * The phone way to one's own record, as the 2022 portal had it: phone number, full name and date of birth (and
 * gender) → a one-time code by SMS to that phone → the code → the record and a session for its certificate.
 * Who may call: anyone (public); what proves the caller is the code reaching the phone on record. The answer to a
 * request is the same whether or not anyone matched.
 */
@Path("/v1/lookup/challenges")
@Tag(name = "lookup", description = "Citizens find their own vaccination record.")
@PermitAll
public class CodeLookupResource {

    private final CitizenLookup lookup;
    private final CitizenSessions sessions;
    private final Clock clock;

    @Inject
    public CodeLookupResource(CitizenLookup lookup, CitizenSessions sessions, Clock clock) {
        this.lookup = lookup;
        this.sessions = sessions;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Request a one-time code", description = "202 with a challenge id for every readable request "
            + "within the limits, whether or not the details are someone's; the code goes by SMS to the phone only when "
            + "they are. 400 INVALID_LOOKUP for unreadable fields, 429 with Retry-After over a limit.")
    public Uni<Response> requestCode(CodeRequest request, @Context HttpServerRequest http) {
        CodeRequest typed = request == null ? new CodeRequest(null, null, null, null) : request;
        return lookup.requestCode(typed, ClientAddress.of(http), clock.instant())
                .map(issued -> Response.accepted(new ChallengeResponse(issued.challengeId(), issued.expiresAt(),
                        OneTimeCode.DIGITS)).build());
    }

    @POST
    @Path("/{challengeId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer with the code", description = "200 with the records and a session per record. "
            + "422 CODE_INCORRECT (with the tries left); 410 CODE_EXPIRED, CODE_ALREADY_USED or CODE_TRIES_EXHAUSTED "
            + "(request a new code); 404 CHALLENGE_NOT_FOUND; 429 with Retry-After over the client's limit.")
    public Uni<LookupResult> answer(@PathParam("challengeId") UUID challengeId, CodeAnswer answer,
            @Context HttpServerRequest http) {
        Instant now = clock.instant();
        return lookup.answer(challengeId, answer == null ? null : answer.code(), ClientAddress.of(http), now)
                .map(records -> LookupResult.of(records, sessions, now));
    }

    /** The code from the SMS. */
    @RegisterForReflection
    public record CodeAnswer(String code) {
    }

    /** The challenge to answer, until when, and how many digits its code has. */
    @RegisterForReflection
    public record ChallengeResponse(UUID challengeId, Instant expiresAt, int codeDigits) {
    }
}
