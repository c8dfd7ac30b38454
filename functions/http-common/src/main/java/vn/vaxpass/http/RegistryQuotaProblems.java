package vn.vaxpass.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import vn.vaxpass.registry.RegistryQuotaExceededException;

/**
 * An account past its daily registry checks, as a problem every function that shows registry data answers alike:
 * 429 {@value RegistryQuotaExceededException#CODE}, with Retry-After the seconds to the next UTC midnight.
 */
public class RegistryQuotaProblems {

    /** 429 Too Many Requests (RFC 6585), which {@link Response.Status} names only from JAX-RS 3.1 on. */
    public static final int TOO_MANY_REQUESTS = 429;

    @ServerExceptionMapper
    public Response exceeded(RegistryQuotaExceededException e) {
        return Response.status(TOO_MANY_REQUESTS).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Retry-After", Long.toString(e.retryAfter().toSeconds()))
                .entity(Problem.of(RegistryQuotaExceededException.CODE, e.getMessage())).build();
    }
}
