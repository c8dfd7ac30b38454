package vn.vaxpass.server.security;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * {@code vaxpass.sign-in.*}: the OpenID Connect providers the pages send people to, when {@code serve} has them (in
 * AWS Terraform writes the same answer as the pages' {@code sign-in.json}). Staff sign in to the console with the
 * ministry's identity provider, citizens to the portal with theirs (VNeID). None by default: {@code serve} then offers
 * its development sign-in only. The API trusts the provider's tokens through {@code mp.jwt.verify.*}
 * ({@code VAXPASS_TOKEN_ISSUER}, {@code VAXPASS_TOKEN_PUBLIC_KEY_LOCATION} pointing at its JWKS).
 */
@ConfigMapping(prefix = "vaxpass.sign-in")
public interface SignInProviders {

    /** The scope asked for when a provider's is not set. */
    String DEFAULT_SCOPE = "openid";

    /** The console's provider. */
    Optional<Provider> staff();

    /** The portal's provider, the national digital identity. */
    Optional<Provider> citizen();

    /** An authorization server the pages use with the authorization code flow and PKCE, as a public client. */
    interface Provider {

        /** The name people know it by, shown on the sign-in button. */
        String name();

        String authorizationEndpoint();

        /** Must answer the pages' origin with CORS: the page exchanges the code itself. */
        String tokenEndpoint();

        String clientId();

        /**
         * {@value SignInProviders#DEFAULT_SCOPE} when not set. Optional rather than {@code @WithDefault}: a default
         * inside an optional group makes SmallRye Config see the group as present, so a server configured with no
         * provider (the default) failed at start asking for the other properties.
         */
        Optional<String> scope();
    }
}
