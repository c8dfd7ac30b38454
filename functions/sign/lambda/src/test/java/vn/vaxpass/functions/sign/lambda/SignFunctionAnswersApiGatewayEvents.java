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
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.certificate.qr.QrReader;
import vn.vaxpass.certificate.verify.CertificateVerifier;
import vn.vaxpass.confirmation.VaccinationRows;

/**
 * Through the Lambda runtime: in a Quarkus test, the mock event server turns each HTTP call into an
 * API Gateway HTTP API (payload v2) event for the function's handler, and its response back (binary bodies
 * Base64-encoded in the event, as API Gateway does).
 */
@QuarkusTest
class SignFunctionAnswersApiGatewayEvents {

    @Inject
    Pool pool;

    @Inject
    CertificateVerifier verifier;

    private String readySubject() {
        VaccinationRows rows = new VaccinationRows(pool);
        String id = rows.subject("Đặng Văn Đức", "07/03/1985");
        rows.verified(id);
        LocalDate day = VaccinationRows.freshDay();
        rows.dose(id, 1, 1, day, VaccinationRows.FACILITY);
        given().contentType(ContentType.JSON).body(Map.of("day", day.toString()))
                .when().post("/v1/facilities/{code}/confirmations", VaccinationRows.FACILITY)
                .then().statusCode(200).body("newlyConfirmed", equalTo(1));
        return id;
    }

    @Test
    void confirmsDosesAndSignsTheCertificate() {
        String id = readySubject();

        String hc1 = given().accept("text/plain").when().get("/v1/subjects/{id}/certificate", id)
                .then().statusCode(200).header("ETag", startsWith("\"")).extract().asString();

        assertThat(verifier.verify(hc1).isValid()).isTrue();
    }

    @Test
    void servesThePngQrCodeThroughTheBinaryEvent() throws Exception {
        String id = readySubject();
        String hc1 = given().accept("text/plain").when().get("/v1/subjects/{id}/certificate", id).asString();

        byte[] png = given().accept("image/png").when().get("/v1/subjects/{id}/certificate", id)
                .then().statusCode(200).contentType("image/png").extract().asByteArray();

        assertThat(QrReader.read(png)).isEqualTo(hc1);
    }

    @Test
    void answersNotEligibleWith409AndItsCode() {
        VaccinationRows rows = new VaccinationRows(pool);
        String id = rows.subject("Đặng Văn Đức", "07/03/1985");

        given().accept("text/plain").when().get("/v1/subjects/{id}/certificate", id)
                .then().statusCode(409).body("code", equalTo("NOT_YET_CHECKED"));
    }

    @Test
    void servesTheRevocationList() {
        given().when().get("/v1/revocations")
                .then().statusCode(200).body("hashType", equalTo("UCI"));
    }
}
