package vn.vaxpass.functions.correction.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.vaxpass.correction.HandBackKeys;
import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.testing.FunctionTokenEnvironment;
import vn.vaxpass.testing.TestTokens;
import vn.vaxpass.testing.aws.AwsTestServer;
import vn.vaxpass.testing.aws.KmsTestKey;
import vn.vaxpass.testing.lambda.FunctionDatabase;
import vn.vaxpass.testing.lambda.PackagedFunction;
import vn.vaxpass.testing.lambda.PackagedFunction.GatewayAnswer;

/**
 * The correction function's {@code function.zip}, started as Lambda starts it (the JVM build on AWS's runtime client
 * here, the native {@code bootstrap} in the GitHub workflow's native job) with the environment Terraform gives it: the
 * database (a fresh one, migrated here with Flyway; no TLS locally, so its URLs drop {@code sslmode=verify-full}) and
 * its credentials' secret from the in-repo AWS stand-in, the token settings, the session key, the registry's daily
 * quota, and the hand-back keys in KMS (mode kms, key ids oldest first), served by the same stand-in.
 */
class TheCorrectionZipKeepsListsThroughTheLambdaRuntimeIT {

    private static final String LISTS = "/v1/correction/lists";

    /** Two generations of hand-back keys, as Terraform's hand_back_key_generations makes them: the newer signs. */
    private static final KmsTestKey OLDER_HAND_BACK_KEY = KmsTestKey.eccNistP256();
    private static final KmsTestKey NEWER_HAND_BACK_KEY = KmsTestKey.eccNistP256();

    @AutoClose
    private static AwsTestServer aws;
    @AutoClose
    private static FunctionDatabase database;
    @AutoClose
    private static PackagedFunction function;

    @BeforeAll
    static void start() throws IOException {
        aws = new AwsTestServer().add(OLDER_HAND_BACK_KEY).add(NEWER_HAND_BACK_KEY);
        database = FunctionDatabase.migrated(aws);
        JobData.reset(database.pool());
        JobData.subjects(database.pool());
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.putAll(FunctionTokenEnvironment.tokens());
        environment.put("VAXPASS_REGISTRY_DAILY_QUOTA", "100000");
        environment.put("VAXPASS_HAND_BACK_MODE", "kms");
        environment.put("VAXPASS_HAND_BACK_KMS_KEY_IDS", OLDER_HAND_BACK_KEY.keyId() + "," + NEWER_HAND_BACK_KEY.keyId());
        // Test-only: where KMS is (AWS's own endpoint in Lambda).
        environment.put("VAXPASS_CORRECTION_HAND_BACK_KMS_ENDPOINT", aws.endpoint().toString());
        function = PackagedFunction.start(environment);
    }


    /** A commune has one open list at a time: each test starts without one. */
    @BeforeEach
    void noListYet() {
        database.pool().query("TRUNCATE correction_hand_back, correction_item, correction_list CASCADE").executeAndAwait();
    }

    @Test
    void theStationMakesItsListAndReadsItBack() {
        Map<String, String> station = json(TestTokens.communeHealth("01", JobData.PHUC_XA));

        GatewayAnswer made = function.http("POST", LISTS, station, "{\"communeCode\":\"" + JobData.PHUC_XA + "\"}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().path("state").asText()).isEqualTo("OPEN");

        GatewayAnswer read = function.http("GET", LISTS + "/" + made.json().path("id").asText(), station, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("items").size()).isEqualTo(5);
    }

    @Test
    void theHandBackKeysAreForAnyone() {
        GatewayAnswer answer = function.http("GET", "/v1/correction/hand-back-keys", Map.of(), null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"kid\":\"" + HandBackKeys.keyId(OLDER_HAND_BACK_KEY.publicKey()) + "\"",
                "\"kid\":\"" + HandBackKeys.keyId(NEWER_HAND_BACK_KEY.publicKey()) + "\"");
    }

    @Test
    void aListWithoutATokenIsRefusedWith401AndItsCode() {
        GatewayAnswer answer = function.http("POST", LISTS, Map.of("content-type", "application/json"),
                "{\"communeCode\":\"" + JobData.PHUC_XA + "\"}");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().path("code").asText()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void itLogsJsonLinesWithoutTheSubjectsNames() {
        function.http("POST", LISTS, json(TestTokens.communeHealth("01", JobData.PHUC_XA)),
                "{\"communeCode\":\"" + JobData.PHUC_XA + "\"}");

        assertThat(function.log()).contains("{\"timestamp\"").doesNotContain("Trần Minh Khôi").doesNotContain("001085012345");
    }

    private static Map<String, String> json(String token) {
        return Map.of("content-type", "application/json", "accept", "application/json", "authorization", "Bearer " + token);
    }
}
