package vn.vaxpass.functions.verify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.vaxpass.certificate.RecordFixture.aRecord;

import java.time.Clock;
import java.util.Map;
import java.util.Random;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.certificate.IssuedCertificate;
import vn.vaxpass.qr.QrEncoder;
import vn.vaxpass.qr.QrPngWriter;

@QuarkusTest
class VerifyResourceVerifiesTextAndImagesAndRefusesBadInput {

    private static final String PATH = "/v1/certificates/verify";

    @Inject
    CertificateIssuer issuer;

    @Inject
    Clock clock;

    private IssuedCertificate issueNow() {
        return issuer.issue(aRecord().build(), "URN:UVCI:01:VN:0123456789ABCDEF0123456789ABCDEF", clock.instant());
    }

    @Test
    void verifiesHc1TextAndShowsTheCertificate() {
        given().contentType(ContentType.JSON).body(Map.of("hc1", issueNow().hc1()))
                .when().post(PATH)
                .then().statusCode(200)
                .body("valid", equalTo(true))
                .body("error", nullValue())
                .body("certificate.issuer", equalTo("VN"))
                .body("certificate.dcc.nam.fnt", equalTo("DANG"))
                .body("certificate.dcc.nam.gnt", equalTo("VAN<DUC"))
                .body("certificate.kid", not(emptyOrNullString()));
    }

    @Test
    void verifiesAQrCodeImage() {
        byte[] png = QrPngWriter.write(QrEncoder.encode(issueNow().hc1()));
        given().contentType("image/png").body(png)
                .when().post(PATH)
                .then().statusCode(200)
                .body("valid", equalTo(true))
                .body("certificate.dcc.v[0].dn", equalTo(2));
    }

    @Test
    void namesTheFailedStepOfATamperedCertificate() {
        String hc1 = issueNow().hc1();
        String tampered = hc1.substring(0, 60) + (hc1.charAt(60) == 'A' ? 'B' : 'A') + hc1.substring(61);
        given().contentType(ContentType.JSON).body(Map.of("hc1", tampered))
                .when().post(PATH)
                .then().statusCode(200)
                .body("valid", equalTo(false))
                .body("error", not(emptyOrNullString()))
                .body("message", not(emptyOrNullString()));
    }

    @Test
    void answersAMissingHc1With400AndItsCode() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post(PATH)
                .then().statusCode(400)
                .body("code", equalTo(VerifyResource.MISSING_HC1));
    }

    @Test
    void answersBrokenJsonWith400AndNoStackTrace() {
        given().contentType(ContentType.JSON).body("{\"hc1\": ")
                .when().post(PATH)
                .then().statusCode(400)
                .body("code", equalTo("INVALID_JSON"))
                .body(not(org.hamcrest.Matchers.containsString("Exception")));
    }

    @Test
    void answersAnOversizedImageWith413() {
        byte[] large = new byte[VerifyResource.MAX_IMAGE_BYTES + 1];
        given().contentType("image/png").body(large)
                .when().post(PATH)
                .then().statusCode(413)
                .body("code", equalTo(VerifyResource.IMAGE_TOO_LARGE));
    }

    @Test
    void answersSomethingThatIsNoImageWith422() {
        byte[] noise = new byte[5000];
        new Random(1).nextBytes(noise);
        given().contentType("image/png").body(noise)
                .when().post(PATH)
                .then().statusCode(422)
                .body("code", equalTo("NOT_AN_IMAGE"));
    }

    @Test
    void answersAnUnsupportedMediaTypeWith415() {
        given().contentType(ContentType.TEXT).body("HC1:...")
                .when().post(PATH)
                .then().statusCode(415)
                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void answersAnOverlongTextWith400() {
        given().contentType(ContentType.JSON).body(Map.of("hc1", "HC1:" + "A".repeat(VerifyResource.MAX_HC1_LENGTH)))
                .when().post(PATH)
                .then().statusCode(400)
                .body("code", equalTo(VerifyResource.HC1_TOO_LONG));
    }
}
