package vn.vaxpass.server.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.matching.jobs.ChunkMessage;
import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.messaging.testing.ElasticMqResource;
import vn.vaxpass.testing.TestTokens;

/**
 * The whole way, as deploy/vaxpass serve runs it: a commune job submitted over HTTP → one message per chunk into
 * (embedded) SQS → the server's consumer → the core's chunk processor → progress reaches 100% → results.csv has a line
 * per subject with the matcher's statuses. A message delivered twice, and a worker that fails on a chunk whose message
 * is then delivered again, still leave exactly one result per subject.
 */
@QuarkusTest
class RegistryMatchJobRunsThroughTheQueue {

    private static final String JOBS = "/v1/registry-match/jobs";
    private static final String QUEUE = "registry-match-chunks";
    /** How long a job of five subjects may take through the queue here; it takes about a second. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    Pool pool;

    @Inject
    ChunkProcessorFailingOnce processor;

    @BeforeEach
    void data() {
        JobData.reset(pool);
        JobData.subjects(pool);
    }

    @Test
    void aCommuneJobGoesThroughTheQueueToItsResults() {
        String id = submitPhucXa();

        JsonPath done = awaitFinished(id);

        assertThat(done.getInt("percentDone")).isEqualTo(100);
        assertThat(done.getInt("subjectsDone")).isEqualTo(5);
        assertThat(done.getMap("statuses")).containsEntry("VERIFIED", 1).containsEntry("MISMATCH", 1)
                .containsEntry("MISSING_ID", 1).containsEntry("INVALID_ID_FORMAT", 1).containsEntry("NOT_FOUND", 1);
        assertThat(results(id)).containsExactly(
                "subject_id,status,mismatched_fields,suggested_id_number,confidence",
                "S-1,VERIFIED,,,",
                "S-2,MISMATCH,name,001*******21,0.970",
                "S-3,MISSING_ID,,001*******21,0.950",
                "S-4,INVALID_ID_FORMAT,,,",
                "S-5,NOT_FOUND,,,");
    }

    @Test
    void aMessageDeliveredAgainAfterTheJobFinishedChangesNothing() {
        String id = submitPhucXa();
        awaitFinished(id);

        ElasticMqResource.send(QUEUE, ChunkMessage.of(UUID.fromString(id), 0).toJson());
        ElasticMqResource.send(QUEUE, ChunkMessage.of(UUID.fromString(id), 2).toJson());
        awaitQueueEmpty();

        assertThat(JobData.count(pool, "SELECT count(*) FROM match_result WHERE job_id = $1", UUID.fromString(id)))
                .isEqualTo(5);
        staff().get(JOBS + "/" + id).then().statusCode(200).body("chunksDone", equalTo(3))
                .body("subjectsDone", equalTo(5));
        assertThat(results(id)).hasSize(6);
    }

    @Test
    void aWorkerFailureMidJobIsRetriedAndEachSubjectGetsOneResult() {
        int failuresBefore = processor.failures();
        processor.failNextDeliveryOfChunk(1);

        String id = submitPhucXa();
        JsonPath done = awaitFinished(id);

        assertThat(processor.failures()).isEqualTo(failuresBefore + 1);
        assertThat(done.getInt("chunksDone")).isEqualTo(3);
        assertThat(done.getInt("subjectsDone")).isEqualTo(5);
        assertThat(JobData.count(pool, "SELECT count(*) FROM match_result WHERE job_id = $1", UUID.fromString(id)))
                .isEqualTo(5);
        assertThat(JobData.count(pool, "SELECT count(DISTINCT subject_id) FROM match_result WHERE job_id = $1",
                UUID.fromString(id))).isEqualTo(5);
        assertThat(results(id)).hasSize(6);
    }

    private String submitPhucXa() {
        return staff().contentType(ContentType.JSON).body(Map.of("scope", "commune", "code", JobData.PHUC_XA))
                .post(JOBS).then().statusCode(202).body("chunks", equalTo(3)).extract().path("id");
    }

    private JsonPath awaitFinished(String id) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            JsonPath job = staff().get(JOBS + "/" + id).then().statusCode(200).extract().jsonPath();
            if ("FINISHED".equals(job.getString("state"))) {
                return job;
            }
            assertThat(Instant.now()).as("job %s finished in time: %s", id, job.prettify()).isBefore(deadline);
            pause();
        }
    }

    private static void awaitQueueEmpty() {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (ElasticMqResource.messages(QUEUE) > 0) {
            assertThat(Instant.now()).as("queue emptied in time").isBefore(deadline);
            pause();
        }
    }

    private static java.util.List<String> results(String id) {
        return staff().get(JOBS + "/" + id + "/results").then().statusCode(200).extract().asString().lines().toList();
    }

    /** Polling the asynchronous worker, not timing it. */
    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static RequestSpecification staff() {
        return given().auth().oauth2(TestTokens.provinceHealth("01"));
    }
}
