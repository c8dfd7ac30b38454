package vn.vaxpass.functions.sign;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.qr.QrReader;
import vn.vaxpass.certificate.verify.CertificateVerifier;
import vn.vaxpass.confirmation.DoseConfirmations;
import vn.vaxpass.confirmation.VaccinationRows;
import vn.vaxpass.testing.TestTokens;

@QuarkusTest
class CertificateResourceServesOneCertificatePerWindowOrTellsWhyNot {

    private static final String PATH = "/v1/subjects/{id}/certificate";

    @Inject
    Pool pool;

    @Inject
    DoseConfirmations confirmations;

    @Inject
    CertificateVerifier verifier;

    private ReadySubjects subjects;

    @BeforeEach
    void setUp() {
        subjects = new ReadySubjects(pool, confirmations);
    }

    private Response get(String subjectId, String accept) {
        return given().auth().oauth2(TestTokens.ministry()).accept(accept).when().get(PATH, subjectId);
    }

    @Test
    void servesTheHc1TextThatVerifies() {
        String hc1 = get(subjects.ready(), "text/plain").then().statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(startsWith("HC1:"))
                .extract().asString();

        assertThat(verifier.verify(hc1).isValid()).isTrue();
    }

    @Test
    void servesTheQrCodeAsPngOrSvgByContentNegotiation() throws Exception {
        String id = subjects.ready();
        String hc1 = get(id, "text/plain").asString();

        byte[] png = get(id, "image/png").then().statusCode(200).contentType("image/png").extract().asByteArray();
        String svg = get(id, "image/svg+xml").then().statusCode(200).contentType(startsWith("image/svg+xml"))
                .extract().asString();

        assertThat(QrReader.read(png)).isEqualTo(hc1);
        assertThat(svg).startsWith("<svg").contains("</svg>");
    }

    @Test
    void preferenceOrderAndWildcardsAreHonoured() {
        String id = subjects.ready();

        get(id, "*/*").then().statusCode(200).contentType(startsWith("text/plain"));
        get(id, "image/*").then().statusCode(200).contentType("image/png");
        get(id, "image/svg+xml, image/png;q=0.5").then().statusCode(200).contentType(startsWith("image/svg+xml"));
        get(id, "application/pdf").then().statusCode(406);
    }

    @Test
    void theSameWindowGivesTheSameBytesAndEtagAndA304WhenUnchanged() {
        String id = subjects.ready();
        Response first = get(id, "text/plain");
        Response second = get(id, "text/plain");
        String etag = first.header("ETag");

        assertThat(second.asString()).isEqualTo(first.asString());
        assertThat(second.header("ETag")).isEqualTo(etag).isNotBlank();
        assertThat(get(id, "image/png").header("ETag")).as("each form its own tag").isNotEqualTo(etag);
        assertThat(first.header("Vary")).contains("Accept");
        assertThat(first.header("Cache-Control")).contains("private").contains("no-cache");
        given().auth().oauth2(TestTokens.ministry()).accept("text/plain").header("If-None-Match", etag)
                .when().get(PATH, id)
                .then().statusCode(304).header("ETag", equalTo(etag));
    }

    @Test
    void aCorrectionChangesTheEtag() {
        String id = subjects.ready();
        String etag = get(id, "text/plain").header("ETag");
        subjects.rows().correctName(id, "Đặng Văn Đạt");
        subjects.rows().verified(id);

        given().auth().oauth2(TestTokens.ministry()).accept("text/plain").header("If-None-Match", etag)
                .when().get(PATH, id)
                .then().statusCode(200).header("ETag", not(equalTo(etag)));
    }

    @Test
    void notEligibleIs409WithTheReasonCodeAndEveryReason() {
        String id = subjects.rows().subject("Đặng Văn Đức", "07/03/1985");
        subjects.rows().dose(id, 1, 1, VaccinationRows.freshDay(), VaccinationRows.FACILITY);

        get(id, "text/plain").then().statusCode(409)
                .contentType(startsWith("application/json"))
                .body("code", equalTo("NOT_YET_CHECKED"))
                .body("message", startsWith("This record has not been checked"))
                .body("errors[1].code", equalTo("DOSE_NOT_CONFIRMED"))
                .body("errors[1].field", equalTo("doses[1]"));
    }

    @Test
    void anUnknownSubjectIs404() {
        get("NO-SUCH-SUBJECT", "text/plain").then().statusCode(404)
                .body("code", equalTo("SUBJECT_NOT_FOUND"));
    }
}
