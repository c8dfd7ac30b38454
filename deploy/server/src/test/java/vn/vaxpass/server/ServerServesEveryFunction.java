package vn.vaxpass.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The one-process server: every HTTP function on one port, with OpenAPI and health. */
@QuarkusTest
class ServerServesEveryFunction {

    @Test
    void servesTheVerifyFunction() {
        given().when().get("/v1/trust-list").then().statusCode(200).body("[0].country", equalTo("VN"));
    }

    @Test
    void servesTheSignFunction() {
        given().when().get("/v1/revocations").then().statusCode(200).body("hashType", equalTo("UCI"));
        given().accept("text/plain").when().get("/v1/subjects/{id}/certificate", "ANY").then().statusCode(401);
    }

    @Test
    void publishesOpenApiWithEveryEndpoint() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body(containsString("/v1/certificates/verify"))
                .body(containsString("/v1/trust-list"))
                .body(containsString("/v1/registry-match/jobs/{id}/results"))
                .body(containsString("/v1/subjects/{id}/certificate"))
                .body(containsString("/v1/facilities/{code}/confirmations"))
                .body(containsString("/v1/revocations"));
    }

    @Test
    void reportsHealth() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void answersAnUnknownPathWithAProblem() {
        given().when().get("/v1/nothing-here").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }
}
