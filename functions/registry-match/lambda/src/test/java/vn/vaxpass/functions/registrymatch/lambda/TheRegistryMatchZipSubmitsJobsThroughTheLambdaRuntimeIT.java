package vn.vaxpass.functions.registrymatch.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.messaging.testing.ElasticMqResource;
import vn.vaxpass.testing.FunctionTokenEnvironment;
import vn.vaxpass.testing.TestTokens;
import vn.vaxpass.testing.aws.AwsTestServer;
import vn.vaxpass.testing.lambda.FunctionDatabase;
import vn.vaxpass.testing.lambda.PackagedFunction;
import vn.vaxpass.testing.lambda.PackagedFunction.GatewayAnswer;

/**
 * The registry-match function's {@code function.zip}, started as Lambda starts it (the JVM build on AWS's runtime
 * client here, the native {@code bootstrap} in the GitHub workflow's native job) with the environment Terraform gives
 * it: the database (a fresh one, migrated here with Flyway; no TLS locally, so its URLs drop
 * {@code sslmode=verify-full}) and its credentials' secret from the in-repo AWS stand-in, the token settings, the
 * registry's daily quota and the chunk queue's URL, on an embedded ElasticMQ. Test-only: the SQS endpoint
 * ({@code MP_MESSAGING_CONNECTOR_SMALLRYE_SQS_ENDPOINT_OVERRIDE}; AWS's own in Lambda).
 */
class TheRegistryMatchZipSubmitsJobsThroughTheLambdaRuntimeIT {

    private static final String CHUNKS = "registry-match-chunks";
    private static final String JOBS = "/v1/registry-match/jobs";
    private static final String COMMUNE_JOB = "{\"scope\":\"commune\",\"code\":\"" + JobData.PHUC_XA + "\"}";

    @AutoClose
    private static AwsTestServer aws;
    @AutoClose("stop")
    private static ElasticMqResource sqs;
    @AutoClose
    private static FunctionDatabase database;
    @AutoClose
    private static PackagedFunction function;

    @BeforeAll
    static void start() throws IOException {
        aws = new AwsTestServer();
        sqs = new ElasticMqResource();
        sqs.init(Map.of(ElasticMqResource.QUEUES, CHUNKS));
        Map<String, String> sqsConfig = sqs.start();
        database = FunctionDatabase.migrated(aws);
        JobData.reset(database.pool());
        JobData.subjects(database.pool());
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.putAll(FunctionTokenEnvironment.tokens());
        environment.put("VAXPASS_REGISTRY_DAILY_QUOTA", "100000");
        environment.put("VAXPASS_QUEUE_REGISTRY_MATCH_CHUNKS_URL", ElasticMqResource.queueUrl(CHUNKS));
        environment.put("MP_MESSAGING_CONNECTOR_SMALLRYE_SQS_ENDPOINT_OVERRIDE",
                sqsConfig.get("mp.messaging.connector.smallrye-sqs.endpoint-override"));
        function = PackagedFunction.start(environment);
    }


    @Test
    void aCommuneJobIsStoredAndItsChunkGoesToTheQueue() {
        long queued = ElasticMqResource.messages(CHUNKS);

        GatewayAnswer submitted = function.http("POST", JOBS, json(TestTokens.communeHealth("01", JobData.PHUC_XA)),
                COMMUNE_JOB);

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        int chunks = submitted.json().path("chunks").asInt();
        assertThat(chunks).isPositive();
        GatewayAnswer job = function.http("GET", JOBS + "/" + submitted.json().path("id").asText(),
                json(TestTokens.provinceHealth("01")), null);
        assertThat(job.json().path("state").asText()).isEqualTo("RUNNING");
        assertThat(ElasticMqResource.messages(CHUNKS)).isEqualTo(queued + chunks);
    }

    @Test
    void aCallWithoutATokenIsRefusedWith401AndItsCode() {
        GatewayAnswer answer = function.http("POST", JOBS, Map.of("content-type", "application/json"), COMMUNE_JOB);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().path("code").asText()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void anotherCommunesStaffAreRefusedWith403() {
        GatewayAnswer answer = function.http("POST", JOBS, json(TestTokens.communeHealth("79", JobData.BEN_NGHE)),
                COMMUNE_JOB);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().path("code").asText()).isNotBlank();
    }

    @Test
    void itLogsJsonLines() {
        function.http("GET", JOBS + "/00000000-0000-0000-0000-000000000000", json(TestTokens.provinceHealth("01")), null);

        assertThat(function.log()).contains("{\"timestamp\"").doesNotContain("001085");
    }

    private static Map<String, String> json(String token) {
        return Map.of("content-type", "application/json", "accept", "application/json", "authorization", "Bearer " + token);
    }
}
