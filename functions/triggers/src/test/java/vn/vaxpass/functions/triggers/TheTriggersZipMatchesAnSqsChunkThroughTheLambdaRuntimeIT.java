package vn.vaxpass.functions.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vaxpass.matching.jobs.ChunkMessage;
import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.testing.aws.AwsTestServer;
import vn.vaxpass.testing.lambda.FunctionDatabase;
import vn.vaxpass.testing.lambda.PackagedFunction;

/**
 * The triggers' {@code function.zip}, started as Lambda starts the match-chunks function (the JVM build on AWS's
 * runtime client here, the native {@code bootstrap} in the GitHub workflow's native job): the handler chosen by
 * {@code QUARKUS_LAMBDA_HANDLER} as Terraform does, raw SQS events as Lambda's event source mapping sends them, and
 * the environment Terraform gives it: the database (a fresh one, migrated here with Flyway; no TLS locally, so its
 * URLs drop {@code sslmode=verify-full}) and its credentials' secret from the in-repo AWS stand-in.
 */
class TheTriggersZipMatchesAnSqsChunkThroughTheLambdaRuntimeIT {

    private static final String CHUNKS = "registry-match-chunks";
    private static final ObjectMapper JSON = new ObjectMapper();

    @AutoClose
    private static AwsTestServer aws;
    @AutoClose
    private static FunctionDatabase database;
    @AutoClose
    private static PackagedFunction function;

    @BeforeAll
    static void start() throws IOException {
        aws = new AwsTestServer();
        database = FunctionDatabase.migrated(aws);
        JobData.reset(database.pool());
        JobData.subjects(database.pool());
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.put("QUARKUS_LAMBDA_HANDLER", "match-chunks");
        function = PackagedFunction.start(environment);
    }


    @Test
    void aChunkFromTheQueueIsMatchedAndItsResultsWritten() throws IOException {
        UUID job = JobData.phucXaJob(database.pool(), 2);

        JsonNode answer = JSON.readTree(function.invoke(SqsEvents.event(
                SqsEvents.record(CHUNKS, "m-0", ChunkMessage.of(job, 0).toJson()))));

        assertThat(answer.path("batchItemFailures").size()).isZero();
        assertThat(JobData.count(database.pool(), "SELECT count(*) FROM match_result WHERE job_id = $1", job))
                .isEqualTo(2);
    }

    @Test
    void aRecordThatCannotBeProcessedIsReportedByItsMessageId() throws IOException {
        UUID job = JobData.phucXaJob(database.pool(), 2);

        JsonNode answer = JSON.readTree(function.invoke(SqsEvents.event(
                SqsEvents.record(CHUNKS, "m-bad", "{\"v\":1,\"chunk\":\"not a number\"}"),
                SqsEvents.record(CHUNKS, "m-1", ChunkMessage.of(job, 1).toJson()),
                SqsEvents.record(CHUNKS, "m-unknown", ChunkMessage.of(UUID.randomUUID(), 0).toJson()))));

        assertThat(answer.path("batchItemFailures").findValuesAsText("itemIdentifier")).containsExactly("m-bad", "m-unknown");
    }

    @Test
    void itLogsJsonLinesWithoutTheSubjectsNames() {
        function.invoke(SqsEvents.event(SqsEvents.record(CHUNKS, "m-log", ChunkMessage.of(UUID.randomUUID(), 0).toJson())));

        assertThat(function.log()).contains("{\"timestamp\"").doesNotContain("Trần Minh Khôi").doesNotContain("Đặng");
    }
}
