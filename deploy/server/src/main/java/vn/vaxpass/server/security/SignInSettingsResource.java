package vn.vaxpass.server.security;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The pages' {@code /sign-in.json}: which identity providers the console and the portal send people to. A page asset
 * rather than an API call (in AWS it is a file beside the pages), served here because {@code serve} is both.
 */
@Path("/sign-in.json")
@PermitAll
public class SignInSettingsResource {

    /** A provider as the pages' sign-in script reads it. */
    @RegisterForReflection
    public record Provider(String name, String authorizationEndpoint, String tokenEndpoint, String clientId,
            String scope) {

        static Provider of(SignInProviders.Provider configured) {
            return new Provider(configured.name(), configured.authorizationEndpoint(), configured.tokenEndpoint(),
                    configured.clientId(), configured.scope().orElse(SignInProviders.DEFAULT_SCOPE));
        }
    }

    /** Absent providers are null: the page then offers the development sign-in where there is one, or says so. */
    @RegisterForReflection
    public record Settings(Provider staff, Provider citizen) {
    }

    @Inject
    SignInProviders providers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The pages' identity providers (OpenID Connect, authorization code with PKCE), if any")
    public Response settings() {
        Settings settings = new Settings(providers.staff().map(Provider::of).orElse(null),
                providers.citizen().map(Provider::of).orElse(null));
        CacheControl revalidate = new CacheControl();
        revalidate.setNoCache(true);
        return Response.ok(settings).cacheControl(revalidate).build();
    }
}
