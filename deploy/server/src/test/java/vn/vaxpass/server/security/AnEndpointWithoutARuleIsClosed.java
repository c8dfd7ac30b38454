package vn.vaxpass.server.security;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.vaxpass.testing.TestTokens;

@QuarkusTest
class AnEndpointWithoutARuleIsClosed {

    @Test
    void anAnonymousCallerIsRefused() {
        given().when().get("/test-only/unannotated").then().statusCode(401);
    }

    @Test
    void evenTheMinistryIsRefused() {
        given().auth().oauth2(TestTokens.ministry()).when().get("/test-only/unannotated").then().statusCode(403);
    }
}
