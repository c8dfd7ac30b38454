package vn.vaxpass.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import vn.vaxpass.http.security.CitizenSessionTokens;
import vn.vaxpass.http.security.Claims;
import vn.vaxpass.http.security.Roles;

/**
 * Bearer tokens for tests, signed with the test key the test-jar's configuration trusts
 * ({@code META-INF/microprofile-config.properties}). Start from a role, narrow it, then {@link #mint()}.
 */
public final class TestTokens {

    public static final String ISSUER = "https://vaxpass.test/tokens";
    /** The audience the server checks (application.properties); the functions' own tests check none. */
    public static final String AUDIENCE = "vaxpass";
    /** The citizen sessions' issuer and key in every function's tests (this jar's microprofile-config.properties). */
    public static final String SESSION_ISSUER = "https://vaxpass.test/citizen-session";
    public static final String SESSION_KEY = "dGVzdC1vbmx5LWNpdGl6ZW4tc2Vzc2lvbi1rZXktMzItYnl0ZXMh";

    private final JwtClaimsBuilder claims;

    private TestTokens(String role) {
        claims = Jwt.issuer(ISSUER).audience(AUDIENCE).subject("test-account-" + role).groups(Set.of(role))
                .expiresIn(Duration.ofMinutes(10));
    }

    public static TestTokens role(String role) {
        return new TestTokens(role);
    }

    public static String ministry() {
        return role(Roles.MINISTRY).mint();
    }

    public static String provinceHealth(String province) {
        return role(Roles.PROVINCE_HEALTH).province(province).mint();
    }

    public static String communeHealth(String province, String commune) {
        return role(Roles.COMMUNE_HEALTH).province(province).commune(commune).mint();
    }

    public static String villageTeam(String commune, String village) {
        return role(Roles.VILLAGE_TEAM).commune(commune).claim(Claims.VILLAGE, village).mint();
    }

    public static String communePolice(String commune) {
        return role(Roles.COMMUNE_POLICE).commune(commune).mint();
    }

    public static String facilityStaff(String facility) {
        return role(Roles.FACILITY_STAFF).facility(facility).mint();
    }

    /** A session for one subject, as the lookup grants it (HS256 under the tests' session key). */
    public static String citizenSession(String subjectId) {
        Instant now = Instant.now();
        return sessions().grant(subjectId, now, now.plus(Duration.ofMinutes(10)));
    }

    /** What grants and checks citizen sessions in the tests. */
    public static CitizenSessionTokens sessions() {
        return new CitizenSessionTokens(SESSION_ISSUER, Base64.getDecoder().decode(SESSION_KEY));
    }

    public TestTokens province(String province) {
        return claim(Claims.PROVINCE, province);
    }

    public TestTokens commune(String commune) {
        return claim(Claims.COMMUNE, commune);
    }

    public TestTokens facility(String facility) {
        return claim(Claims.FACILITY, facility);
    }

    public TestTokens claim(String name, String value) {
        claims.claim(name, value);
        return this;
    }

    public TestTokens subject(String subject) {
        claims.subject(subject);
        return this;
    }

    public TestTokens expiredAgo(Duration ago) {
        long now = System.currentTimeMillis() / 1000;
        claims.issuedAt(now - ago.toSeconds() - 600).expiresAt(now - ago.toSeconds());
        return this;
    }

    /** Another audience, or none with {@code null}. */
    public TestTokens audience(String audience) {
        if (audience == null) {
            claims.remove("aud");
        } else {
            claims.audience(audience);
        }
        return this;
    }

    public TestTokens issuer(String issuer) {
        claims.issuer(issuer);
        return this;
    }

    /** The signed token, for an {@code Authorization: Bearer} header. */
    public String mint() {
        return claims.sign();
    }
}
