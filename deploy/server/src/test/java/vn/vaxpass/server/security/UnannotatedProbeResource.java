package vn.vaxpass.server.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An endpoint someone forgot to annotate: it must be closed to everyone, tokens or not. */
@Path("/test-only/unannotated")
public class UnannotatedProbeResource {

    @GET
    public String probe() {
        return "open";
    }
}
