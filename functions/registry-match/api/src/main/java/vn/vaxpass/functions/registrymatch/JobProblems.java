package vn.vaxpass.functions.registrymatch;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import vn.vaxpass.http.Problem;
import vn.vaxpass.http.security.Caller;
import vn.vaxpass.matching.jobs.MatchJobException;

/** A job refused by the core, as a problem: a bad scope is the caller's input (400), another jurisdiction 403. */
public class JobProblems {

    @ServerExceptionMapper
    public Response refused(MatchJobException e) {
        int status = e.reason() == MatchJobException.Reason.OUTSIDE_JURISDICTION ? 403 : 400;
        String code = e.reason() == MatchJobException.Reason.OUTSIDE_JURISDICTION ? Caller.OUTSIDE_JURISDICTION
                : e.reason().name();
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Problem.of(code, e.getMessage())).build();
    }
}
