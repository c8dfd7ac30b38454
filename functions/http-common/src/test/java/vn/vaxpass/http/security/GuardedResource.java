package vn.vaxpass.http.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A test-only endpoint guarded the way every function's endpoints are: a role, then the jurisdiction. */
@Path("/test/provinces/{province}/communes/{commune}")
public class GuardedResource {

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.MINISTRY, Roles.PROVINCE_HEALTH, Roles.COMMUNE_HEALTH})
    public String commune(@PathParam("province") String province, @PathParam("commune") String commune) {
        caller.requireCommune(commune, province);
        return caller.subject();
    }
}
