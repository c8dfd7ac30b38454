package vn.vaxpass.functions.sign.lambda;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.qr.QrReader;
import vn.vaxpass.certificate.verify.CertificateVerifier;
import vn.vaxpass.confirmation.VaccinationRows;
import vn.vaxpass.testing.TestTokens;

/**
 * Through the Lambda runtime: in a Quarkus test, the mock event server turns each HTTP call into an
 * API Gateway HTTP API (payload v2) event for the function's handler, and its response back (binary bodies
 * Base64-encoded in the event, as API Gateway does).
 */
@QuarkusTest
class SignFunctionAnswersApiGatewayEvents {

    private static final String CERTIFICATE = "/v1/subjects/{id}/certificate";

    @Inject
    Pool pool;

    @Inject
    CertificateVerifier verifier;

    /** A verified subject whose dose the facility confirms through the function. */
    private String readySubject() {
        VaccinationRows rows = new VaccinationRows(pool);
        String id = rows.subject("Đặng Văn Đức", "07/03/1985");
        rows.verified(id);
        LocalDate day = VaccinationRows.freshDay();
        rows.dose(id, 1, 1, day, VaccinationRows.FACILITY);
        given().auth().oauth2(TestTokens.facilityStaff(VaccinationRows.FACILITY))
                .contentType(ContentType.JSON).body(Map.of("day", day.toString()))
                .when().post("/v1/facilities/{code}/confirmations", VaccinationRows.FACILITY)
                .then().statusCode(200).body("newlyConfirmed", equalTo(1));
        return id;
    }

    private static Response certificate(String subjectId, String accept) {
        return given().auth().oauth2(TestTokens.citizenSession(subjectId)).accept(accept)
                .when().get(CERTIFICATE, subjectId);
    }

    @Test
    void confirmsDosesAndSignsTheCertificate() {
        String id = readySubject();

        String hc1 = certificate(id, "text/plain").then().statusCode(200).header("ETag", startsWith("\""))
                .extract().asString();

        assertThat(verifier.verify(hc1).isValid()).isTrue();
    }

    @Test
    void servesThePngQrCodeThroughTheBinaryEvent() throws Exception {
        String id = readySubject();
        String hc1 = certificate(id, "text/plain").asString();

        byte[] png = certificate(id, "image/png").then().statusCode(200).contentType("image/png")
                .extract().asByteArray();

        assertThat(QrReader.read(png)).isEqualTo(hc1);
    }

    @Test
    void answersNotEligibleWith409AndItsCode() {
        String id = new VaccinationRows(pool).subject("Đặng Văn Đức", "07/03/1985");

        certificate(id, "text/plain").then().statusCode(409).body("code", equalTo("NOT_YET_CHECKED"));
    }

    @Test
    void answersACallWithoutATokenWith401() {
        given().accept("text/plain").when().get(CERTIFICATE, "ANY")
                .then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void servesTheRevocationListToAnyone() {
        given().when().get("/v1/revocations")
                .then().statusCode(200).body("hashType", equalTo("UCI"));
    }
}
