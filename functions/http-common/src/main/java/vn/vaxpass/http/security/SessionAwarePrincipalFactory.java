package vn.vaxpass.http.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Two kinds of bearer token reach the functions, each checked against its own key: the identity provider's (staff,
 * the citizen's portal login: RS256, {@code mp.jwt.verify.*}, as SmallRye JWT checks them by default) and the
 * citizen sessions the lookup grants ({@link CitizenSessionTokens}: HS256, an issuer of their own). A token is sent
 * to the check of the issuer it names; a forged issuer only sends it to a check it then fails. The identity
 * provider may not grant the session role: only a session carries it, and a session carries nothing else.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class SessionAwarePrincipalFactory extends JWTCallerPrincipalFactory {

    private static final String TOKEN_TYPE = "JWT";

    private final JWTCallerPrincipalFactory identityProvider = new DefaultJWTCallerPrincipalFactory();

    private final CitizenSessionTokens sessions;

    @Inject
    public SessionAwarePrincipalFactory(CitizenSessionTokens sessions) {
        this.sessions = sessions;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        if (sessions.claimsToBeASession(token)) {
            try {
                return new DefaultJWTCallerPrincipal(token, TOKEN_TYPE, sessions.verify(token));
            } catch (CitizenSessionTokens.InvalidSessionException e) {
                throw new ParseException("Invalid citizen session: " + e.getMessage());
            }
        }
        JWTCallerPrincipal principal = identityProvider.parse(token, authContextInfo);
        if (principal.getGroups().contains(Roles.CITIZEN_SESSION)) {
            throw new ParseException("Only the lookup grants citizen sessions");
        }
        return principal;
    }
}
