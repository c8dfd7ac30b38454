package vn.vaxpass.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.http.security.Claims;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.lookup.LookupRows;
import vn.vaxpass.testing.TestTokens;

/** The one-process server: every HTTP function on one port, with OpenAPI and health. */
@QuarkusTest
class ServerServesEveryFunction {

    @Inject
    Pool pool;

    @Test
    void servesTheVerifyFunction() {
        given().when().get("/v1/trust-list").then().statusCode(200).body("[0].country", equalTo("VN"));
    }

    @Test
    void servesTheLookupFunction() {
        String idNumber = LookupRows.freshIdNumber();
        String subjectId = new LookupRows(pool).subject("Đặng Văn Đức", "07/03/1985", "Nam", idNumber,
                LookupRows.freshPhone());
        given().auth().oauth2(TestTokens.role(Roles.CITIZEN).claim(Claims.ID_NUMBER, idNumber).mint())
                .contentType(ContentType.JSON).body(Map.of("idNumber", idNumber, "dateOfBirth", "07/03/1985"))
                .when().post("/v1/lookup/by-id-number")
                .then().statusCode(200)
                .body("records[0].subjectId", equalTo(subjectId))
                .body("records[0].session.token", not(emptyOrNullString()));
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
                .body(containsString("/v1/revocations"))
                .body(containsString("/v1/lookup/challenges"))
                .body(containsString("/v1/lookup/by-id-number"));
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
