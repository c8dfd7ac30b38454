package vn.vaxpass.functions.verify.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.certificate.RecordFixture.aRecord;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.signing.PemFiles;
import vn.vaxpass.signing.SigningFixture;
import vn.vaxpass.testing.lambda.PackagedFunction;
import vn.vaxpass.testing.lambda.PackagedFunction.GatewayAnswer;

/**
 * The verify function's {@code function.zip}, started as Lambda starts it (the JVM build on AWS's runtime client here,
 * the native {@code bootstrap} in the GitHub workflow's native job) with the environment Terraform gives it: the DSC
 * certificate as PEM text, no database, no key.
 */
class TheVerifyZipAnswersThroughTheLambdaRuntimeIT {

    private static final String UVCI = "URN:UVCI:01:VN:0123456789ABCDEF0123456789ABCDEF";
    private static final Map<String, String> JSON = Map.of("content-type", "application/json", "accept", "application/json");

    @AutoClose
    private static PackagedFunction function;

    @BeforeAll
    static void start() throws IOException {
        function = PackagedFunction.start(Map.of(
                "VAXPASS_SIGNING_MODE", "kms",
                "VAXPASS_SIGNING_CERTIFICATE_PEM", PemFiles.toPem(SigningFixture.es256().certificate())));
    }


    @Test
    void aCertificateSignedByTheTrustedDscVerifies() {
        String hc1 = new CertificateIssuer(SigningFixture.es256()).issue(aRecord().build(), UVCI, Instant.now()).hc1();

        GatewayAnswer answer = function.http("POST", "/v1/certificates/verify", JSON, "{\"hc1\":\"" + hc1 + "\"}");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = answer.json();
        assertThat(body.path("valid").asBoolean()).isTrue();
        assertThat(body.path("certificate").path("dcc").path("nam").path("fnt").asText()).isEqualTo("DANG");
    }

    @Test
    void aCertificateFromAnUntrustedSignerIsRefusedWithItsStepCode() {
        String hc1 = new CertificateIssuer(SigningFixture.stranger()).issue(aRecord().build(), UVCI, Instant.now()).hc1();

        JsonNode body = function.http("POST", "/v1/certificates/verify", JSON, "{\"hc1\":\"" + hc1 + "\"}").json();

        assertThat(body.path("valid").asBoolean()).isFalse();
        assertThat(body.toString()).contains("KEY_NOT_IN_TRUST_LIST");
    }

    @Test
    void theTrustListHoldsTheConfiguredCertificate() {
        GatewayAnswer answer = function.http("GET", "/v1/trust-list", Map.of("accept", "application/json"), null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().size()).isEqualTo(1);
    }

    @Test
    void badInputIsAProblemWithACodeAndNoTrace() {
        GatewayAnswer answer = function.http("POST", "/v1/certificates/verify", JSON, "{}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("code").asText()).isEqualTo("MISSING_HC1");
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void itLogsJsonLinesWithoutTheHoldersName() {
        function.http("GET", "/v1/trust-list", Map.of(), null);

        assertThat(function.log()).contains("{\"timestamp\"").doesNotContain("DANG");
    }
}
