package vn.vaxpass.functions.verify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.vaxpass.certificate.RecordFixture.aRecord;

import java.time.Clock;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import vn.vaxpass.certificate.CertificateIssuer;

/**
 * The list was never fetched (nothing listens where it should be): an authentic certificate is answered valid, and
 * the answer says that no revocation was checked, so a border verifier is never told "valid" without knowing it.
 */
@QuarkusTest
@TestProfile(AVerifierWithoutItsListSaysSo.ListUnreachable.class)
class AVerifierWithoutItsListSaysSo {

    /** Port 9 (discard) on the loopback: nothing listens there on a test machine, the connection is refused. */
    public static final class ListUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vaxpass.revocations.url", "http://127.0.0.1:9/v1/revocations");
        }
    }

    @Inject
    CertificateIssuer issuer;

    @Inject
    Clock clock;

    @Test
    void anAuthenticCertificateIsValidButNotCheckedForRevocation() {
        String hc1 = issuer.issue(aRecord().build(), "URN:UVCI:01:VN:0123456789ABCDEF0123456789ABCDEF", clock.instant()).hc1();

        given().contentType(ContentType.JSON).body(Map.of("hc1", hc1))
                .when().post("/v1/certificates/verify")
                .then().statusCode(200)
                .body("valid", equalTo(true))
                .body("revocationChecked", equalTo(false))
                .body("message", containsString("no revocation list"));
    }
}
