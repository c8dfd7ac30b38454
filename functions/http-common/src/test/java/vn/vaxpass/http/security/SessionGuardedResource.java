package vn.vaxpass.http.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** A test-only endpoint that, like the certificate route, both staff and citizen sessions may call. */
@Path("/test/session-or-staff")
public class SessionGuardedResource {

    @Inject
    JsonWebToken token;

    @GET
    @RolesAllowed({Roles.MINISTRY, Roles.CITIZEN_SESSION})
    public String whoAmI() {
        return token.getGroups().iterator().next() + ":" + token.<Object>claim(Claims.SUBJECT_ID).orElse("-");
    }
}
