package vn.vaxpass.functions.sign.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.vaxpass.certificate.verify.CertificateVerifier;
import vn.vaxpass.confirmation.VaccinationRows;
import vn.vaxpass.signing.PemFiles;
import vn.vaxpass.signing.TrustList;
import vn.vaxpass.testing.FunctionTokenEnvironment;
import vn.vaxpass.testing.TestTokens;
import vn.vaxpass.testing.aws.AwsTestServer;
import vn.vaxpass.testing.aws.KmsTestKey;
import vn.vaxpass.testing.lambda.FunctionDatabase;
import vn.vaxpass.testing.lambda.PackagedFunction;
import vn.vaxpass.testing.lambda.PackagedFunction.GatewayAnswer;

/**
 * The sign function's {@code function.zip}, started as Lambda starts it (the JVM build on AWS's runtime client here,
 * the native {@code bootstrap} in the GitHub workflow's native job) with the environment Terraform gives it: the
 * database (a fresh one, migrated here with Flyway; no TLS locally, so its URLs drop {@code sslmode=verify-full}), its
 * credentials from a Secrets Manager secret and the DSC key in KMS, both served by the in-repo AWS stand-in, the DSC
 * certificate as PEM text, the identity provider's token settings and the citizen sessions' key.
 */
class TheSignZipSignsThroughKmsUnderTheLambdaRuntimeIT {

    private static final String CERTIFICATE = "/v1/subjects/%s/certificate";
    private static final String NAME = "Đặng Văn Đức";

    @AutoClose
    private static AwsTestServer aws;
    @AutoClose
    private static FunctionDatabase database;
    @AutoClose
    private static PackagedFunction function;
    private static final KmsTestKey DSC_KEY = KmsTestKey.eccNistP256();

    @BeforeAll
    static void start() throws IOException {
        aws = new AwsTestServer().add(DSC_KEY);
        database = FunctionDatabase.migrated(aws);
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.putAll(FunctionTokenEnvironment.tokens());
        environment.put("VAXPASS_SIGNING_MODE", "kms");
        environment.put("VAXPASS_SIGNING_CERTIFICATE_PEM", PemFiles.toPem(DSC_KEY.certificate()));
        environment.put("VAXPASS_SIGNING_KMS_KEY_ID", "arn:aws:kms:" + AwsTestServer.REGION + ":" + AwsTestServer.ACCOUNT
                + ":key/" + DSC_KEY.keyId());
        environment.put("VAXPASS_SIGNING_ALGORITHM", "ES256");
        // Test-only: where KMS is (AWS's own endpoint in Lambda).
        environment.put("VAXPASS_SIGNING_KMS_ENDPOINT", aws.endpoint().toString());
        function = PackagedFunction.start(environment);
    }


    @Test
    void aConfirmedSubjectsCertificateIsSignedThroughKmsAndVerifiesWithTheDsc() {
        String subjectId = confirmedSubject();

        GatewayAnswer answer = function.http("GET", CERTIFICATE.formatted(subjectId), Map.of("accept", "text/plain",
                "authorization", "Bearer " + FunctionTokenEnvironment.citizenSession(subjectId)), null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(aws.calls(AwsTestServer.KMS_SIGN)).isPositive();
        assertThat(new CertificateVerifier(TrustList.of(DSC_KEY.certificate()), Clock.systemUTC()).verify(answer.body())
                .isValid()).isTrue();
    }

    @Test
    void aCallWithoutATokenIsRefusedWith401AndItsCode() {
        GatewayAnswer answer = function.http("GET", CERTIFICATE.formatted("ANY"), Map.of("accept", "text/plain"), null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().path("code").asText()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void anotherSubjectsSessionIsAnsweredAsIfTheSubjectDidNotExist() {
        String subjectId = new VaccinationRows(database.pool()).subject(NAME, "07/03/1985");

        GatewayAnswer answer = function.http("GET", CERTIFICATE.formatted(subjectId), Map.of("accept", "text/plain",
                "authorization", "Bearer " + FunctionTokenEnvironment.citizenSession("SOMEONE-ELSE")), null);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("code").asText()).isEqualTo("SUBJECT_NOT_FOUND");
    }

    @Test
    void itLogsJsonLinesWithoutTheHoldersName() {
        confirmedSubject();

        assertThat(function.log()).contains("{\"timestamp\"").doesNotContain(NAME).doesNotContain("DANG");
    }

    /** A verified subject whose dose the facility's staff confirm through the function. */
    private static String confirmedSubject() {
        VaccinationRows rows = new VaccinationRows(database.pool());
        String id = rows.subject(NAME, "07/03/1985");
        rows.verified(id);
        LocalDate day = VaccinationRows.freshDay();
        rows.dose(id, 1, 1, day, VaccinationRows.FACILITY);
        GatewayAnswer confirmed = function.http("POST", "/v1/facilities/" + VaccinationRows.FACILITY + "/confirmations",
                Map.of("content-type", "application/json", "authorization", "Bearer "
                        + TestTokens.facilityStaff(VaccinationRows.FACILITY)), "{\"day\":\"" + day + "\"}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        return id;
    }
}
