package vn.vaxpass.functions.sign;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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
 * With a signer whose signatures are randomised (RSA-PSS here; AWS KMS's ECDSA in production), the certificate is
 * signed once per window and kept (issue 14, defect 8): a second request of the window gets the same bytes, as with
 * the deterministic ES256 signers.
 */
@QuarkusTest
@TestProfile(TheSameWindowGivesTheSameBytesWithARandomisedSigner.RandomisedSignatures.class)
class TheSameWindowGivesTheSameBytesWithARandomisedSigner {

    private static final String PATH = "/v1/subjects/{id}/certificate";

    /** PS256 keys of their own: RSA-PSS draws a fresh salt for each signature; sign-once as configured by default. */
    public static class RandomisedSignatures implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vaxpass.signing.algorithm", "PS256",
                    "vaxpass.signing.local-directory", "target/test-keys-ps256");
        }
    }

    @Inject
    Pool pool;

    @Inject
    DoseConfirmations confirmations;

    @Test
    void aSecondRequestOfTheWindowGetsTheByteIdenticalHc1() {
        String id = new ReadySubjects(pool, confirmations).ready();

        Response first = get(id);
        Response second = get(id);

        assertThat(second.asString()).startsWith("HC1:").isEqualTo(first.asString());
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag")).isNotBlank();
    }

    private static Response get(String subjectId) {
        Response response = given().auth().oauth2(TestTokens.ministry()).accept("text/plain").when().get(PATH, subjectId);
        response.then().statusCode(200);
        return response;
    }
}
