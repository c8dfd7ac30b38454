package vn.vaxpass.http;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A test-only endpoint that meets a real error of the kind named, or answers "fine". */
@Path("/test/errors")
@PermitAll
public class ErrorProbeResource {

    @GET
    @Path("{kind}")
    public String meet(@PathParam("kind") String kind) {
        switch (kind) {
            case "stack-overflow":
                return String.valueOf(recurse(0));
            case "array-too-large":
                return String.valueOf(new byte[Integer.MAX_VALUE].length);
            case "heap":
                long[] more = new long[(int) Math.min(Integer.MAX_VALUE - 16L, Runtime.getRuntime().maxMemory() / 8 * 11 / 10)];
                return String.valueOf(more.length);
            case "internal-error":
                throw new InternalError("the JVM's own failure, as a probe");
            case "assertion":
                throw new AssertionError("a defect met by one request");
            default:
                return "fine";
        }
    }

    private static long recurse(long depth) {
        return depth == Long.MAX_VALUE ? depth : recurse(depth + 1) + 1;
    }
}
