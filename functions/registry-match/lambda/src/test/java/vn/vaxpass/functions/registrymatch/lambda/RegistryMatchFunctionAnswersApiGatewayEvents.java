package vn.vaxpass.functions.registrymatch.lambda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.messaging.testing.ElasticMqResource;
import vn.vaxpass.testing.TestTokens;

/**
 * Through the Lambda runtime: the mock event server turns each call into an API Gateway HTTP API (payload v2) event.
 * A submitted job's chunk messages reach SQS through the connector; a call without a token is refused.
 */
@QuarkusTest
class RegistryMatchFunctionAnswersApiGatewayEvents {

    private static final String JOBS = "/v1/registry-match/jobs";

    @Inject
    Pool pool;

    @BeforeEach
    void data() {
        JobData.reset(pool);
        JobData.subjects(pool);
    }

    @Test
    void submitsACommuneJobAndSendsItsChunks() {
        long queued = ElasticMqResource.messages("registry-match-chunks");

        String id = given().auth().oauth2(TestTokens.communeHealth("01", JobData.PHUC_XA)).contentType(ContentType.JSON)
                .body(Map.of("scope", "commune", "code", JobData.PHUC_XA))
                .when().post(JOBS)
                .then().statusCode(202).body("chunks", equalTo(3)).extract().path("id");

        given().auth().oauth2(TestTokens.provinceHealth("01")).when().get(JOBS + "/" + id)
                .then().statusCode(200).body("state", equalTo("RUNNING"));
        org.assertj.core.api.Assertions.assertThat(ElasticMqResource.messages("registry-match-chunks"))
                .isEqualTo(queued + 3);
    }

    @Test
    void refusesACallWithoutAToken() {
        given().contentType(ContentType.JSON).body(Map.of("scope", "commune", "code", JobData.PHUC_XA))
                .when().post(JOBS)
                .then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }
}
