package vn.vaxpass.functions.sign;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.confirmation.DoseConfirmations;
import vn.vaxpass.testing.TestTokens;

/**
 * With a signer whose signatures are randomised (RSA-PSS here; AWS KMS's ECDSA in production) and without the kept
 * certificates ({@code vaxpass.certificate.sign-once=false}), each request signs the certificate anew and its bytes
 * differ, yet the ETag, taken from what the certificate means, stays: a 304 works with every signer (hardening
 * defect 8). With them, the bytes stay too ({@link TheSameWindowGivesTheSameBytesWithARandomisedSigner}).
 */
@QuarkusTest
@TestProfile(TheEtagIsWhatTheCertificateMeansNotItsBytes.RandomisedSignatures.class)
class TheEtagIsWhatTheCertificateMeansNotItsBytes {

    private static final String PATH = "/v1/subjects/{id}/certificate";

    /** PS256 keys of their own: RSA-PSS draws a fresh salt for each signature; every request signed anew. */
    public static class RandomisedSignatures implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vaxpass.signing.algorithm", "PS256",
                    "vaxpass.signing.local-directory", "target/test-keys-ps256",
                    "vaxpass.certificate.sign-once", "false");
        }
    }

    @Inject
    Pool pool;

    @Inject
    DoseConfirmations confirmations;

    @Test
    void twoSigningsOfOneCertificateDifferInBytesButShareTheirTagAndA304() {
        String id = new ReadySubjects(pool, confirmations).ready();
        Response first = get(id);
        Response second = get(id);
        assertThat(second.asString()).as("randomised signatures").isNotEqualTo(first.asString());
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag")).isNotBlank();

        given().auth().oauth2(TestTokens.ministry()).accept("text/plain").header("If-None-Match", first.header("ETag"))
                .when().get(PATH, id).then().statusCode(304).header("ETag", equalTo(first.header("ETag")));
    }

    private static Response get(String subjectId) {
        Response response = given().auth().oauth2(TestTokens.ministry()).accept("text/plain").when().get(PATH, subjectId);
        response.then().statusCode(200);
        return response;
    }
}
