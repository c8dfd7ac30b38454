package vn.vaxpass.http.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;

import vn.vaxpass.testing.TestTokens;

/** Staff tokens and citizen sessions each pass only their own check; neither can pose as the other. */
@QuarkusTest
class SessionAwarePrincipalFactoryKeepsStaffTokensAndSessionsApart {

    private static final String PATH = "/test/session-or-staff";

    @Test
    void aSessionTheLookupGrantedIsAccepted() {
        call(TestTokens.citizenSession("S-1")).statusCode(200).body(equalTo("citizen-session:S-1"));
    }

    @Test
    void staffTokensStillPassTheIdentityProvidersCheck() {
        call(TestTokens.ministry()).statusCode(200).body(equalTo("ministry:-"));
    }

    @Test
    void aSessionUnderAnotherKeyIsUnauthenticated() {
        CitizenSessionTokens forger = new CitizenSessionTokens(TestTokens.SESSION_ISSUER,
                "another-key-of-thirty-two-bytes-or-more!".getBytes(StandardCharsets.US_ASCII));
        Instant now = Instant.now();
        unauthenticated(forger.grant("S-1", now, now.plusSeconds(600)));
    }

    @Test
    void anExpiredSessionIsUnauthenticated() {
        Instant issued = Instant.now().minus(Duration.ofHours(1));
        unauthenticated(TestTokens.sessions().grant("S-1", issued, issued.plus(Duration.ofMinutes(10))));
    }

    @Test
    void theIdentityProviderCannotGrantTheSessionRole() {
        unauthenticated(TestTokens.role(Roles.CITIZEN_SESSION).claim(Claims.SUBJECT_ID, "S-1").mint());
    }

    @Test
    void theSessionKeyCannotGrantAnyOtherRole() {
        String ministry = Jwt.issuer(TestTokens.SESSION_ISSUER).subject("forger").groups(Roles.MINISTRY)
                .claim(Claims.SUBJECT_ID, "S-1").expiresIn(600)
                .signWithSecret(new String(Base64.getDecoder().decode(TestTokens.SESSION_KEY),
                        StandardCharsets.ISO_8859_1));
        unauthenticated(ministry);
    }

    @Test
    void aStaffTokenSignedWithTheSessionKeyIsUnauthenticated() {
        String staff = Jwt.issuer(TestTokens.ISSUER).subject("forger").groups(Roles.MINISTRY).expiresIn(600)
                .signWithSecret(new String(Base64.getDecoder().decode(TestTokens.SESSION_KEY),
                        StandardCharsets.ISO_8859_1));
        unauthenticated(staff);
    }

    @Test
    void anUnsignedSessionIsUnauthenticated() {
        String[] parts = TestTokens.citizenSession("S-1").split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.US_ASCII));
        unauthenticated(header + "." + parts[1] + ".");
    }

    private static void unauthenticated(String token) {
        call(token).statusCode(401).body("code", equalTo(SecurityProblemMappers.UNAUTHENTICATED));
    }

    private static ValidatableResponse call(String token) {
        return given().auth().oauth2(token).when().get(PATH).then();
    }
}
