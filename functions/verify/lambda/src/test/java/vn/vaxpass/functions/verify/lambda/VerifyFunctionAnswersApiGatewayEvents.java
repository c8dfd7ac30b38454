package vn.vaxpass.functions.verify.lambda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.vaxpass.certificate.RecordFixture.aRecord;

import java.time.Clock;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.vaxpass.certificate.CertificateIssuer;

/**
 * Through the Lambda runtime: in a Quarkus test, the mock event server turns each HTTP call into an
 * API Gateway HTTP API (payload v2) event for the function's handler, and its response back.
 */
@QuarkusTest
class VerifyFunctionAnswersApiGatewayEvents {

    @Inject
    CertificateIssuer issuer;

    @Inject
    Clock clock;

    @Test
    void verifiesACertificate() {
        String hc1 = issuer.issue(aRecord().build(), "URN:UVCI:01:VN:0123456789ABCDEF0123456789ABCDEF", clock.instant()).hc1();
        given().contentType(ContentType.JSON).body(Map.of("hc1", hc1))
                .when().post("/v1/certificates/verify")
                .then().statusCode(200)
                .body("valid", equalTo(true))
                .body("certificate.dcc.nam.fnt", equalTo("DANG"));
    }

    @Test
    void servesTheTrustList() {
        given().when().get("/v1/trust-list")
                .then().statusCode(200)
                .body("$", hasSize(1));
    }

    @Test
    void answersBadInputWithAProblem() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/v1/certificates/verify")
                .then().statusCode(400)
                .body("code", equalTo("MISSING_HC1"));
    }
}
