package vn.vaxpass.functions.lookup;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every lookup answer carries a person's record, a session token, or both: no browser, proxy or CDN may keep a
 * copy of it (RFC 9111 §5.2.2.5), and an error answer is no different.
 */
public class NothingTheLookupAnswersIsStored {

    static final String NO_STORE = "no-store";
    private static final String LOOKUP_PATHS = "/v1/lookup/";

    @ServerResponseFilter
    public void noStore(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith(LOOKUP_PATHS)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
    }
}
