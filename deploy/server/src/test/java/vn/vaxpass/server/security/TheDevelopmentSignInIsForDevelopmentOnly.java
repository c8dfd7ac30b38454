package vn.vaxpass.server.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.http.Problem;
import vn.vaxpass.lookup.LookupRows;

/**
 * The pages' development sign-in mints tokens the server accepts, for staff roles and citizens only (never a lookup's
 * session or a facility), and does not exist where the development token keys are off.
 */
@QuarkusTest
class TheDevelopmentSignInIsForDevelopmentOnly {

    @Inject
    Pool pool;

    @Test
    void aStationTokenFromTheSignInReadsItsCommunesLists() {
        new LookupRows(pool);
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("role", "commune-health", "province", "01", "commune", LookupRows.COMMUNE))
                .when().post("/dev/sign-in")
                .then().statusCode(200).body("development", equalTo(true)).extract().path("token");

        given().auth().oauth2(token).when().get("/v1/correction/lists?commune=" + LookupRows.COMMUNE).then().statusCode(200);
    }

    @Test
    void theAnswerSaysWhenTheTokenExpiresAsTheTokenItselfSays() {
        io.restassured.path.json.JsonPath signed = given().contentType(ContentType.JSON)
                .body(Map.of("role", "ministry")).when().post("/dev/sign-in")
                .then().statusCode(200).extract().jsonPath();
        String payload = signed.getString("token").split("\\.")[1];
        long exp = io.restassured.path.json.JsonPath.from(new String(java.util.Base64.getUrlDecoder().decode(payload),
                java.nio.charset.StandardCharsets.UTF_8)).getLong("exp");

        assertThat(java.time.Instant.parse(signed.getString("expiresAt"))).isEqualTo(java.time.Instant.ofEpochSecond(exp));
    }

    @Test
    void sessionsFacilitiesAndUnknownRolesAreRefused() {
        for (String role : new String[] {"citizen-session", "facility-staff", "root"}) {
            given().contentType(ContentType.JSON).body(Map.of("role", role))
                    .when().post("/dev/sign-in")
                    .then().statusCode(400).body("code", equalTo(DevelopmentSignInResource.UNKNOWN_ROLE));
        }
    }

    @Test
    void withTheDevelopmentKeysOffThereIsNoSignIn() {
        DevelopmentSignInResource resource = new DevelopmentSignInResource();
        resource.developmentKeys = false;

        WebApplicationException refused = catchThrowableOfType(WebApplicationException.class,
                () -> resource.signIn(new DevelopmentSignInResource.SignIn("ministry", null, null, null, null, null)));

        assertThat(refused.getResponse().getStatus()).isEqualTo(404);
        assertThat(((Problem) refused.getResponse().getEntity()).code())
                .isEqualTo(DevelopmentSignInResource.DEVELOPMENT_SIGN_IN_OFF);
    }
}
