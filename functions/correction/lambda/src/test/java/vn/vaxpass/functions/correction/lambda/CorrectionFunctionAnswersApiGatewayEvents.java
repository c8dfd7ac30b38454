package vn.vaxpass.functions.correction.lambda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.testing.TestTokens;

/**
 * Through the Lambda runtime: the mock event server turns each call into an API Gateway HTTP API (payload v2) event.
 * The station's list is made and read back through Hibernate Reactive inside the function; the hand-back keys are
 * public; a staff call without a token is refused.
 */
@QuarkusTest
class CorrectionFunctionAnswersApiGatewayEvents {

    private static final String LISTS = "/v1/correction/lists";

    @Inject
    Pool pool;

    @BeforeEach
    void data() {
        pool.query("TRUNCATE correction_hand_back, correction_item, correction_list CASCADE").executeAndAwait();
        JobData.reset(pool);
        JobData.subjects(pool);
    }

    @Test
    void theStationMakesItsListAndReadsItBack() {
        String station = TestTokens.communeHealth("01", JobData.PHUC_XA);
        String id = given().auth().oauth2(station).contentType(ContentType.JSON)
                .body(Map.of("communeCode", JobData.PHUC_XA)).when().post(LISTS)
                .then().statusCode(201).body("state", equalTo("OPEN")).extract().path("id");
        given().auth().oauth2(station).when().get(LISTS + "/" + id)
                .then().statusCode(200).body("items", hasSize(5));
    }

    @Test
    void theHandBackKeysAreForAnyoneAndTheListsAreNot() {
        given().when().get("/v1/correction/hand-back-keys").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("communeCode", JobData.PHUC_XA)).when().post(LISTS)
                .then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }
}
