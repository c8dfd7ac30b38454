package vn.vaxpass.functions.correction;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import vn.vaxpass.correction.CorrectionProblem;
import vn.vaxpass.http.Problem;

/**
 * The workflow's refusals as problems: each kind its status, each failure point its code; a refused transition names
 * the current state. Two callers on one record: the loser's optimistic-lock failure is 409 STALE_VERSION, nothing
 * written.
 */
public class CorrectionProblemMappers {

    static final int UNPROCESSABLE_CONTENT = 422;
    static final int PRECONDITION_REQUIRED = 428;

    @ServerExceptionMapper
    public Response refused(CorrectionProblem e) {
        int status = switch (e.kind()) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case CONFLICT -> 409;
            case INVALID -> UNPROCESSABLE_CONTENT;
            case PRECONDITION_REQUIRED -> PRECONDITION_REQUIRED;
            case BAD_REQUEST -> 400;
        };
        return respond(status, new Problem(e.code(), e.getMessage(), e.fields(), e.currentState()));
    }

    @ServerExceptionMapper
    public Response lostRace(StaleStateException e) {
        return stale();
    }

    @ServerExceptionMapper
    public Response lostRace(OptimisticLockException e) {
        return stale();
    }

    private static Response stale() {
        CorrectionProblem stale = CorrectionProblem.stale(null);
        return respond(409, Problem.of(stale.code(), stale.getMessage()));
    }

    private static Response respond(int status, Problem problem) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(problem).build();
    }
}
