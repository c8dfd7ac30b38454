package vn.vaxpass.functions.sign;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.certificate.revocation.RevocationHash;
import vn.vaxpass.certificate.verify.CertificateVerifier;
import vn.vaxpass.confirmation.DoseConfirmations;
import vn.vaxpass.testing.TestTokens;

@QuarkusTest
class RevocationResourceListsCorrectedCertificatesToAnyone {

    @Inject
    Pool pool;

    @Inject
    DoseConfirmations confirmations;

    @Inject
    CertificateVerifier verifier;

    @Test
    void listsTheHashOfACertificateWhoseRecordWasCorrectedToAnyone() {
        ReadySubjects subjects = new ReadySubjects(pool, confirmations);
        String id = subjects.ready();
        String old = given().auth().oauth2(TestTokens.ministry()).accept("text/plain").when().get("/v1/subjects/{id}/certificate", id).asString();
        String uvci = verifier.verify(old).decodedCertificate().orElseThrow().dcc().at("/v/0/ci").asText();
        String hash = RevocationHash.of(uvci);

        given().when().get("/v1/revocations").then().statusCode(200)
                .body("country", equalTo("VN"))
                .body("hashType", equalTo("UCI"))
                .body("entries.hash", not(hasItem(hash)));

        subjects.rows().correctName(id, "Đặng Văn Đạt");

        given().when().get("/v1/revocations").then().statusCode(200)
                .body("entries.hash", hasItem(hash));
    }
}
