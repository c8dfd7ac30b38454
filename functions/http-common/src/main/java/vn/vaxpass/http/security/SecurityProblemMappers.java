package vn.vaxpass.http.security;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import vn.vaxpass.http.Problem;

/**
 * 401 and 403 as problem bodies with stable codes. Needs {@code quarkus.http.auth.proactive=false}, so that a
 * bad token fails inside the request, where these mappers see it.
 */
public class SecurityProblemMappers {

    /** No bearer token, or one that is not valid (signature, issuer, expiry). */
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    /** A valid token whose roles may not call this endpoint. */
    public static final String ROLE_NOT_ALLOWED = "ROLE_NOT_ALLOWED";

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Response.status(403).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Problem.of(ROLE_NOT_ALLOWED, "Your account's role may not do this.")).build();
    }

    private static Response unauthenticated() {
        return Response.status(401).type(MediaType.APPLICATION_JSON_TYPE)
                .header("WWW-Authenticate", "Bearer")
                .entity(Problem.of(UNAUTHENTICATED, "Sign in: this needs a valid bearer token.")).build();
    }
}
