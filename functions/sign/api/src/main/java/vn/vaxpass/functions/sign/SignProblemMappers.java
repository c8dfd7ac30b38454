package vn.vaxpass.functions.sign;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import vn.vaxpass.shared.FieldError;
import vn.vaxpass.issuance.Ineligibility;
import vn.vaxpass.issuance.NotEligibleException;
import vn.vaxpass.issuance.SubjectNotFoundException;
import vn.vaxpass.http.Problem;

/**
 * The sign function's refusals as problems: 409 with the first reason's code and message, and every reason that
 * applies in {@code errors} (field, code, message); 404 for a subject the caller cannot have, existing or not.
 */
public class SignProblemMappers {

    @ServerExceptionMapper
    public Response notEligible(NotEligibleException e) {
        Problem problem = new Problem(e.reason().name(), e.getMessage(),
                e.reasons().stream().map(SignProblemMappers::fieldError).toList());
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response notFound(SubjectNotFoundException e) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Problem.of(SubjectNotFoundException.CODE, e.getMessage())).build();
    }

    private static FieldError fieldError(Ineligibility reason) {
        return new FieldError(reason.field(), reason.reason().name(), reason.message());
    }
}
