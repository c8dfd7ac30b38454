package vn.vaxpass.functions.lookup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.vaxpass.functions.lookup.HandMadeTokens.hs256;
import static vn.vaxpass.functions.lookup.HandMadeTokens.json;
import static vn.vaxpass.functions.lookup.HandMadeTokens.members;
import static vn.vaxpass.functions.lookup.HandMadeTokens.rs256;
import static vn.vaxpass.functions.lookup.HandMadeTokens.unsigned;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.http.security.Claims;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.http.security.SecurityProblemMappers;
import vn.vaxpass.lookup.LookupRows;
import vn.vaxpass.matching.MatchStatus;
import vn.vaxpass.testing.TestTokens;

/**
 * Issue 14's token negatives on the identity provider's path, configured as in AWS: the key set fetched over HTTP
 * ({@link JwksServer}), issuer and audience checked ({@link IdentityProviderJwks}). Each token is made by hand
 * ({@link HandMadeTokens}) so that no library refuses to build it, and sent to a protected endpoint that writes when it
 * answers (a citizen's lookup by ID number counts the lookup against the client's and the number's limits): every
 * misfit is 401 UNAUTHENTICATED with the fixed problem body and no trace of why, and nothing is written. The same
 * claims, well signed, are the control that the endpoint does answer (200) and does write.
 */
@QuarkusTest
@TestProfile(IdentityProviderJwks.class)
class TheIdentityProviderPathRefusesEveryMisfitToken {

    private static final String PATH = "/v1/lookup/by-id-number";
    private static final String DATE_OF_BIRTH = "07/03/1985";
    private static final PrivateKey IDP = JwksServer.privateKey();
    private static final PrivateKey STRANGER = HandMadeTokens.strangersKey();
    private static final String RS256 = json(members("alg", "RS256", "typ", "JWT", "kid", JwksServer.KID));

    @Inject
    Pool pool;

    private String idNumber;

    @BeforeEach
    void aCitizensRecord() {
        LookupRows rows = new LookupRows(pool);
        idNumber = LookupRows.freshIdNumber();
        String subjectId = rows.subject("Đặng Văn Đức", DATE_OF_BIRTH, "Nam", idNumber, LookupRows.freshPhone());
        rows.matched(subjectId, MatchStatus.VERIFIED, null);
    }

    @Test
    void theIdentityProvidersOwnTokenIsAcceptedAndTheLookupWrites() {
        long before = written();
        lookUp(rs256(RS256, payload(idNumber, Map.of()), IDP)).then().statusCode(200).body("records", hasSize(1));
        assertThat(written()).as("the lookup counted against its limits").isGreaterThan(before);
        assertThat(Integer.getInteger(JwksServer.FETCHES, 0)).as("the key came from the key set over HTTP")
                .isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misfits")
    void aMisfitTokenIsUnauthenticatedAndChangesNothing(String misfit, Function<String, String> token) {
        long before = written();
        Response answer = lookUp(token.apply(idNumber));
        answer.then().statusCode(401).contentType(ContentType.JSON)
                .header("WWW-Authenticate", "Bearer")
                .body("size()", equalTo(2))
                .body("code", equalTo(SecurityProblemMappers.UNAUTHENTICATED))
                .body("message", equalTo("Sign in: this needs a valid bearer token."));
        assertThat(answer.asString()).as("no trace of the check that failed")
                .doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("jose4j")
                .doesNotContainIgnoringCase("smallrye").doesNotContain("\tat ").doesNotContainIgnoringCase("claim")
                .doesNotContainIgnoringCase("signature").doesNotContainIgnoringCase("audience");
        assertThat(written()).as("nothing written").isEqualTo(before);
    }

    static Stream<Arguments> misfits() {
        long now = System.currentTimeMillis() / 1000;
        String publicPem = JwksServer.pem("testing/token-public.pem");
        byte[] publicDer = JwksServer.publicKey().getEncoded();
        String hs256 = json(members("alg", "HS256", "typ", "JWT", "kid", JwksServer.KID));
        return Stream.of(
                misfit("alg none, no signature", id -> unsigned(json(members("alg", "none", "typ", "JWT")),
                        payload(id, Map.of()))),
                misfit("alg none, with the key set's kid and a signature copied from a valid token", id -> {
                    String valid = rs256(RS256, payload(id, Map.of()), IDP);
                    return unsigned(json(members("alg", "none", "typ", "JWT", "kid", JwksServer.KID)),
                            payload(id, Map.of())) + valid.substring(valid.lastIndexOf('.') + 1);
                }),
                misfit("HS256 keyed with the RSA public key's PEM text",
                        id -> hs256(hs256, payload(id, Map.of()), publicPem.getBytes(StandardCharsets.US_ASCII))),
                misfit("HS256 keyed with the RSA public key's DER bytes",
                        id -> hs256(hs256, payload(id, Map.of()), publicDer)),
                misfit("HS256 keyed with the RSA public key, claiming the citizen sessions' issuer",
                        id -> hs256(hs256, payload(id, Map.of("iss", TestTokens.SESSION_ISSUER)), publicDer)),
                misfit("alg none claiming the citizen sessions' issuer", id -> unsigned(
                        json(members("alg", "none", "typ", "JWT")),
                        payload(id, Map.of("iss", TestTokens.SESSION_ISSUER)))),
                misfit("aud missing", id -> rs256(RS256, payload(id, Map.of("aud", ""), "aud"), IDP)),
                misfit("aud another service's", id -> rs256(RS256, payload(id, Map.of("aud", "another-service")), IDP)),
                misfit("no exp", id -> rs256(RS256, payload(id, Map.of(), "exp"), IDP)),
                misfit("nbf ten minutes ahead", id -> rs256(RS256, payload(id, Map.of("nbf", now + 600)), IDP)),
                misfit("expired ten minutes ago", id -> rs256(RS256, payload(id, Map.of("iat", now - 1200, "exp", now - 600)),
                        IDP)),
                misfit("another issuer", id -> rs256(RS256, payload(id, Map.of("iss", "https://idp.example/other")), IDP)),
                misfit("signed by a key not in the set, under a kid of its own",
                        id -> rs256(json(members("alg", "RS256", "typ", "JWT", "kid", "stranger-1")),
                                payload(id, Map.of()), STRANGER)),
                misfit("signed by a key not in the set, under the set's kid",
                        id -> rs256(RS256, payload(id, Map.of()), STRANGER)),
                misfit("signed by a key not in the set, without a kid",
                        id -> rs256(json(members("alg", "RS256", "typ", "JWT")), payload(id, Map.of()), STRANGER)),
                misfit("a valid token whose payload was changed after signing", id -> {
                    String valid = rs256(RS256, payload(id, Map.of()), IDP);
                    String[] parts = valid.split("\\.");
                    return parts[0] + "." + HandMadeTokens.part(payload(LookupRows.freshIdNumber(), Map.of())) + "."
                            + parts[2];
                }),
                misfit("the citizen-session role from the identity provider",
                        id -> rs256(RS256, payload(id, Map.of("groups", List.of(Roles.CITIZEN, Roles.CITIZEN_SESSION),
                                Claims.SUBJECT_ID, "L-0")), IDP)));
    }

    private static Arguments misfit(String name, Function<String, String> token) {
        return Arguments.of(name, token);
    }

    /**
     * A citizen's claims as the identity provider writes them (issuer, audience, subject, role, the proven ID number,
     * issued now, expiring in ten minutes), with these claims replaced and those named left out.
     */
    private static String payload(String idNumber, Map<String, Object> replaced, String... leftOut) {
        long now = System.currentTimeMillis() / 1000;
        Map<String, Object> claims = members("iss", TestTokens.ISSUER, "aud", IdentityProviderJwks.AUDIENCE,
                "sub", "idp-citizen-1", "groups", List.of(Roles.CITIZEN), Claims.ID_NUMBER, idNumber,
                "iat", now, "exp", now + 600);
        claims.putAll(replaced);
        for (String claim : leftOut) {
            claims.remove(claim);
        }
        return json(claims);
    }

    private Response lookUp(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("idNumber", idNumber, "dateOfBirth", DATE_OF_BIRTH)).when().post(PATH);
    }

    /** What a lookup writes: the hits counted against its limits. */
    private long written() {
        return new LookupRows(pool).count("SELECT coalesce(sum(hits), 0) + (SELECT count(*) FROM lookup_challenge)"
                + " FROM lookup_throttle");
    }
}
