package vn.vaxpass.functions.lookup;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import vn.vaxpass.http.Problem;
import vn.vaxpass.lookup.ChallengeRefusedException;
import vn.vaxpass.lookup.CodeRequest;
import vn.vaxpass.lookup.InvalidLookupException;
import vn.vaxpass.lookup.LookupThrottledException;
import vn.vaxpass.lookup.NoRecordFoundException;
import vn.vaxpass.lookup.NotYourIdNumberException;

/** The lookup's refusals as problems, one code each; a limit reached also says when to try again (Retry-After). */
public class LookupProblemMappers {

    public static final String CODE_INCORRECT = "CODE_INCORRECT";
    public static final String CODE_EXPIRED = "CODE_EXPIRED";
    public static final String CODE_ALREADY_USED = "CODE_ALREADY_USED";
    public static final String CODE_TRIES_EXHAUSTED = "CODE_TRIES_EXHAUSTED";
    public static final String CHALLENGE_NOT_FOUND = "CHALLENGE_NOT_FOUND";
    public static final String NOT_YOUR_ID_NUMBER = "NOT_YOUR_ID_NUMBER";
    public static final String NO_RECORD_FOUND = "NO_RECORD_FOUND";
    /** 429 Too Many Requests (RFC 6585), which {@link Response.Status} names only from JAX-RS 3.1 on. */
    static final int TOO_MANY_REQUESTS = 429;
    static final int UNPROCESSABLE_CONTENT = 422;

    @ServerExceptionMapper
    public Response throttled(LookupThrottledException e) {
        return Response.status(TOO_MANY_REQUESTS).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Retry-After", Long.toString(e.retryAfter().toSeconds()))
                .entity(Problem.of(e.scope().code(), e.getMessage())).build();
    }

    @ServerExceptionMapper
    public Response invalid(InvalidLookupException e) {
        return respond(400, new Problem(CodeRequest.INVALID_LOOKUP, e.getMessage(), e.errors()));
    }

    @ServerExceptionMapper
    public Response refused(ChallengeRefusedException e) {
        String again = " Request a new code.";
        return switch (e.outcome()) {
            case INCORRECT -> respond(UNPROCESSABLE_CONTENT, Problem.of(CODE_INCORRECT, "The code is not right; "
                    + e.triesLeft() + (e.triesLeft() == 1 ? " try" : " tries") + " left."));
            case EXPIRED -> respond(410, Problem.of(CODE_EXPIRED, "The code has expired (codes last 5 minutes)." + again));
            case ALREADY_USED -> respond(410, Problem.of(CODE_ALREADY_USED, "The code has been used already." + again));
            case TRIES_EXHAUSTED -> respond(410, Problem.of(CODE_TRIES_EXHAUSTED, "Too many wrong codes." + again));
            case UNKNOWN -> respond(404, Problem.of(CHALLENGE_NOT_FOUND, "No such code request." + again));
            case ACCEPTED -> throw new IllegalStateException("an accepted code is no refusal");
        };
    }

    @ServerExceptionMapper
    public Response notYours(NotYourIdNumberException e) {
        return respond(403, Problem.of(NOT_YOUR_ID_NUMBER, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response noRecord(NoRecordFoundException e) {
        return respond(404, Problem.of(NO_RECORD_FOUND, e.getMessage()));
    }

    private static Response respond(int status, Problem problem) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(problem).build();
    }
}
