package vn.vaxpass.functions.sign;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import vn.vaxpass.certificate.DscDoesNotCoverValidityException;
import vn.vaxpass.certificate.InvalidCertificateDataException;
import vn.vaxpass.shared.FieldError;
import vn.vaxpass.issuance.Ineligibility;
import vn.vaxpass.issuance.NotEligibleException;
import vn.vaxpass.issuance.SubjectNotFoundException;
import vn.vaxpass.http.Problem;
import vn.vaxpass.http.ProblemException;

/**
 * The sign function's refusals as problems: 409 with the first reason's code and message, and every reason that
 * applies in {@code errors} (field, code, message); 404 for a subject the caller cannot have, existing or not. And
 * what signing itself refuses: 422 for a record the engine cannot certify, with the fields at fault; 409 when the
 * signing certificate does not cover the certificate's validity.
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

    @ServerExceptionMapper
    public Response invalidData(InvalidCertificateDataException e) {
        return respond(ProblemException.UNPROCESSABLE_CONTENT, new Problem(InvalidCertificateDataException.CODE,
                "The record cannot be certified as it is; correct the fields listed.", e.errors()));
    }

    @ServerExceptionMapper
    public Response dscDoesNotCover(DscDoesNotCoverValidityException e) {
        return respond(409, Problem.of(DscDoesNotCoverValidityException.CODE, e.getMessage()));
    }

    private static Response respond(int status, Problem problem) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(problem).build();
    }

    private static FieldError fieldError(Ineligibility reason) {
        return new FieldError(reason.field(), reason.reason().name(), reason.message());
    }
}
