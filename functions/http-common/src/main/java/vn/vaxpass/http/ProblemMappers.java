package vn.vaxpass.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.vertx.pgclient.PgException;

import vn.vaxpass.shared.FailureSummary;
import vn.vaxpass.shared.FatalErrorExit;

/**
 * Turns every error into a {@link Problem} with a stable code (a function maps the refusals only it meets itself).
 * Unexpected failures are logged as a {@link FailureSummary} (type and place; messages may hold personal data) and
 * answered with a 500 that says nothing inside: {@link Error}s too (a stack overflow, an allocation the heap could not
 * make), which would otherwise reach Quarkus's own error page. The process serves the next request, unless the error
 * has left it unfit to ({@link FatalErrorExit}), and then it exits once this answer has gone.
 */
public class ProblemMappers {

    public static final String INVALID_JSON = "INVALID_JSON";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    public static final String INVALID_CHARACTER = "INVALID_CHARACTER";
    /** PostgreSQL's character_not_in_repertoire: a NUL (U+0000), which no text column can hold. */
    static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    FatalErrorExit fatalErrorExit;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.status(), new Problem(e.code(), e.getMessage(), e.errors()));
    }

    @ServerExceptionMapper
    public Response invalidJson(JsonProcessingException e) {
        return respond(400, Problem.of(INVALID_JSON, "The request body is not valid JSON of the expected shape."));
    }

    /**
     * JSON of the wrong shape (a date that is no ISO date, text for a number): quarkus-rest-jackson has a mapper of
     * its own for this subtype, which would answer with its own body; this one, more specific, keeps the problem form.
     */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return invalidJson(e);
    }

    /**
     * An object or an array where a record's text belongs: Jackson reports it as a definition problem of the record
     * (a creator property without a fallback), and quarkus-rest-jackson's own mapper for it answers 500 with an empty
     * body and logs the whole exception. The request's JSON is at fault, not the record, so it is answered as such.
     */
    @ServerExceptionMapper
    public Response invalidDefinition(InvalidDefinitionException e) {
        return invalidJson(e);
    }

    /**
     * A NUL in a path id or a body's value reaches PostgreSQL, which refuses it before anything is written (and rolls
     * back the transaction it was in); the caller sent it, so it is their 400, not our 500.
     */
    @ServerExceptionMapper
    public Response pg(PgException e) {
        if (CHARACTER_NOT_IN_REPERTOIRE.equals(e.getSqlState())) {
            return respond(400, Problem.of(INVALID_CHARACTER, "The request holds a character no record can hold (a"
                    + " NUL, U+0000); remove it and try again."));
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException) {
            return invalidJson((JsonProcessingException) e.getCause());
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String code = known == null ? "HTTP_" + status : known.name();
        String message = known == null ? "The request cannot be served." : known.getReasonPhrase() + ".";
        return respond(status, Problem.of(code, message));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        return internalError(e);
    }

    @ServerExceptionMapper
    public Response error(Error e) {
        return internalError(e);
    }

    private Response internalError(Throwable e) {
        LOG.errorf("Unexpected %s while serving a request", FailureSummary.of(e));
        fatalErrorExit.exitIfFatal(e);
        return respond(500, Problem.of(INTERNAL_ERROR, "Something went wrong on our side; nothing was changed. Try again later."));
    }

    private static Response respond(int status, Problem problem) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(problem).build();
    }
}
