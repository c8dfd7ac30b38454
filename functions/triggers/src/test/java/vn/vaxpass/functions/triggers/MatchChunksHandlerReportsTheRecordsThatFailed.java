package vn.vaxpass.functions.triggers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.access.Reach;
import vn.vaxpass.matching.MatchStatus;
import vn.vaxpass.matching.SubjectScope;
import vn.vaxpass.matching.jobs.ChunkMessage;
import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.matching.jobs.MatchJob;
import vn.vaxpass.matching.jobs.MatchJobs;

/**
 * The registry-match worker through the Lambda runtime: SQS batch events, as Lambda's event source mapping sends
 * them, POSTed to the mock event server. A record that cannot be processed is reported by its messageId (partial batch
 * response) while the others are matched; a record delivered twice writes its results once.
 */
@QuarkusTest
class MatchChunksHandlerReportsTheRecordsThatFailed {

    private static final Reach HANOI = Reach.province("01");

    @Inject
    Pool pool;

    @Inject
    MatchJobs jobs;

    @BeforeEach
    void data() {
        JobData.reset(pool);
        JobData.subjects(pool);
    }

    @Test
    void aBadRecordIsReportedAndTheOthersAreMatched() {
        MatchJob job = jobs.submit(SubjectScope.commune(JobData.PHUC_XA), HANOI, "user-17");

        given().contentType(ContentType.JSON)
                .body(SqsEvents.event(record("m-0", ChunkMessage.of(job.id(), 0).toJson()),
                        record("m-bad", "{\"v\":1,\"chunk\":\"not a number\"}"),
                        record("m-1", ChunkMessage.of(job.id(), 1).toJson()),
                        record("m-unknown", ChunkMessage.of(UUID.randomUUID(), 0).toJson()),
                        record("m-2", ChunkMessage.of(job.id(), 2).toJson())))
                .when().post("/_lambda_")
                .then().statusCode(200)
                .body("batchItemFailures.itemIdentifier", contains("m-bad", "m-unknown"));

        MatchJob done = jobs.find(job.id(), HANOI).await().indefinitely();
        assertThat(done.finished()).isTrue();
        assertThat(done.subjectsDone()).isEqualTo(5);
        assertThat(done.byStatus().get(MatchStatus.VERIFIED)).isEqualTo(1);
    }

    @Test
    void aRecordDeliveredTwiceWritesItsResultsOnce() {
        MatchJob job = jobs.submit(SubjectScope.commune(JobData.PHUC_XA), HANOI, "user-17");
        String first = ChunkMessage.of(job.id(), 0).toJson();

        given().contentType(ContentType.JSON).body(SqsEvents.event(record("m-0", first), record("m-0-again", first)))
                .when().post("/_lambda_")
                .then().statusCode(200).body("batchItemFailures", empty());
        given().contentType(ContentType.JSON).body(SqsEvents.event(record("m-0-later", first)))
                .when().post("/_lambda_")
                .then().statusCode(200).body("batchItemFailures", empty());

        assertThat(JobData.count(pool, "SELECT count(*) FROM match_result WHERE job_id = $1", job.id())).isEqualTo(2);
        MatchJob counted = jobs.find(job.id(), HANOI).await().indefinitely();
        assertThat(counted.chunksDone()).isEqualTo(1);
        assertThat(counted.subjectsDone()).isEqualTo(2);
    }

    private static String record(String messageId, String body) {
        return SqsEvents.record("registry-match-chunks", messageId, body);
    }
}
