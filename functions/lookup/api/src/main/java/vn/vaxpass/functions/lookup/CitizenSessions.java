package vn.vaxpass.functions.lookup;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import vn.vaxpass.http.security.Claims;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.lookup.LookupSettings;

/**
 * The short-lived session a successful lookup grants for one record: a JWT with role
 * {@value vn.vaxpass.http.security.Roles#CITIZEN_SESSION} and claim {@value vn.vaxpass.http.security.Claims#SUBJECT_ID},
 * which the sign function accepts for that subject's certificate only. Signed with smallrye-jwt-build's configured
 * key ({@code smallrye.jwt.sign.key.location} or {@code smallrye.jwt.sign.key}), whose public half the functions
 * verify tokens with. Its {@code sub} is a fresh opaque id: nothing personal.
 */
@ApplicationScoped
public class CitizenSessions {

    @Inject
    LookupSettings settings;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String verifiedIssuer;

    public CitizenSession grant(String subjectId, Instant now) {
        Instant expires = now.plus(settings.session().lifetime());
        JwtClaimsBuilder claims = Jwt.issuer(settings.session().issuer().orElse(verifiedIssuer))
                .subject("lookup-session-" + UUID.randomUUID())
                .groups(Set.of(Roles.CITIZEN_SESSION))
                .claim(Claims.SUBJECT_ID, subjectId)
                .issuedAt(now.getEpochSecond())
                .expiresAt(expires.getEpochSecond());
        settings.session().audience().ifPresent(claims::audience);
        return new CitizenSession(claims.sign(), expires, "/v1/subjects/" + subjectId + "/certificate");
    }
}
