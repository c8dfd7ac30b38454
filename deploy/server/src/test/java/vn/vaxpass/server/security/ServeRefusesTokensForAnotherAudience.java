package vn.vaxpass.server.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.vaxpass.http.security.Roles;
import vn.vaxpass.testing.TestTokens;

/** A token the identity provider issued for another service (or for none) does not open the server. */
@QuarkusTest
class ServeRefusesTokensForAnotherAudience {

    private static final String CERTIFICATE = "/v1/subjects/" + UUID.randomUUID() + "/certificate";

    @Test
    void aTokenForThisAudienceIsAuthenticated() {
        given().auth().oauth2(TestTokens.role(Roles.MINISTRY).mint())
                .when().get(CERTIFICATE).then().statusCode(not(equalTo(401)));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        given().auth().oauth2(TestTokens.role(Roles.MINISTRY).audience("another-service").mint())
                .when().get(CERTIFICATE).then().statusCode(401);
    }

    @Test
    void aTokenWithoutAnAudienceIsRefused() {
        given().auth().oauth2(TestTokens.role(Roles.MINISTRY).audience(null).mint())
                .when().get(CERTIFICATE).then().statusCode(401);
    }
}
