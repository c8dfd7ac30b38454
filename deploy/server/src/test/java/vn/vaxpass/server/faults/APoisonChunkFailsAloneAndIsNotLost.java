package vn.vaxpass.server.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.matching.jobs.ChunkMessage;
import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.messaging.testing.ElasticMqResource;
import vn.vaxpass.server.LocalSqs;
import vn.vaxpass.server.matching.ChunkProcessorFailingOnce;

/**
 * A poison chunk, one the worker fails on at every delivery: each of its messages ends in the dead-letter queue, the
 * sweep sends it {@value FaultsProfile#MAX_ATTEMPTS} times in all and then gives it up, so its job ends FAILED with
 * every other chunk matched, while another job running beside it finishes untouched. Nothing is lost: once the cause
 * is fixed, redriving the message matches the chunk and the job turns FINISHED, each subject matched once.
 */
@QuarkusTest
@TestProfile(FaultsProfile.class)
class APoisonChunkFailsAloneAndIsNotLost {

    private static final int SUBJECTS = 36;
    private static final int CHUNKS = SUBJECTS / 2;
    /** A chunk number the big job has and the small one (two chunks) has not. */
    private static final int POISON = 5;
    private static final int SMALL_JOB_SUBJECTS = 4;
    private static final Pattern BODY = Pattern.compile("<Body>([^<]*)</Body>");

    @Inject
    Pool pool;

    @Inject
    ChunkProcessorFailingOnce processor;

    @BeforeEach
    void data() {
        JobData.reset(pool);
        Faults.subjects(pool, SUBJECTS);
        for (int i = 1; i <= SMALL_JOB_SUBJECTS; i++) {
            JobData.subject(pool, "T-%03d".formatted(i), "Trần Thị Thử", "02/02/1992", "Nữ", "0011920%05d".formatted(i),
                    JobData.TRUC_BACH, "01");
        }
        LocalSqs.call(ChunkQueueWithDeadLetters.deadLettersUrl(), "Action=PurgeQueue");
    }

    @AfterEach
    void cure() {
        processor.cure();
    }

    @Test
    void thePoisonChunkIsGivenUpWithoutBlockingTheOthersAndRedrivenLater() {
        processor.poison(POISON);
        String big = Faults.submitPhucXa();
        String small = Faults.staff().contentType(ContentType.JSON)
                .body(Map.of("scope", "commune", "code", JobData.TRUC_BACH)).post(Faults.JOBS).then().statusCode(202)
                .extract().path("id");

        JsonPath beside = Faults.awaitEnded(small);
        assertThat(beside.getString("state")).isEqualTo("FINISHED");
        assertThat(Faults.resultRows(pool, small)).containsExactly(SMALL_JOB_SUBJECTS, SMALL_JOB_SUBJECTS);

        JsonPath failed = Faults.awaitEnded(big);
        assertThat(failed.getString("state")).isEqualTo("FAILED");
        assertThat(failed.getInt("chunksFailed")).isEqualTo(1);
        assertThat(failed.getInt("chunksDone")).isEqualTo(CHUNKS - 1);
        assertThat(failed.getLong("subjectsDone")).isEqualTo(SUBJECTS - 2);
        assertThat(Faults.resultRows(pool, big)).containsExactly(SUBJECTS - 2, SUBJECTS - 2);
        assertThat(JobData.count(pool, "SELECT attempts FROM match_job_chunk WHERE job_id = $1 AND chunk_number = $2"
                + " AND failed_at IS NOT NULL", UUID.fromString(big), POISON)).isEqualTo(FaultsProfile.MAX_ATTEMPTS);
        String poison = ChunkMessage.of(UUID.fromString(big), POISON).toJson();
        List<String> deadLetters = new ArrayList<>();
        Faults.await("every send of the poison chunk in the dead-letter queue", () -> {
            deadLetters.addAll(receiveDeadLetters());
            return deadLetters.stream().filter(poison::equals).count() == FaultsProfile.MAX_ATTEMPTS;
        });

        processor.cure();
        ElasticMqResource.send(ChunkQueueWithDeadLetters.CHUNKS, poison);
        Faults.await("the redriven chunk matched", () -> "FINISHED".equals(Faults.job(big).getString("state")));
        JsonPath finished = Faults.job(big);
        assertThat(finished.getInt("chunksFailed")).isZero();
        assertThat(finished.getInt("chunksDone")).isEqualTo(CHUNKS);
        assertThat(Faults.resultRows(pool, big)).containsExactly(SUBJECTS, SUBJECTS);
    }

    /**
     * Takes what the dead-letter queue holds now. Besides the poison's sends it may hold copies of healthy chunks: with
     * the test's one-second visibility, a message waiting in the consumer's buffer becomes visible again, and its
     * second receive moves it there, while the buffered copy is processed (harmless: a chunk counts once).
     */
    private static List<String> receiveDeadLetters() {
        String answer = LocalSqs.call(ChunkQueueWithDeadLetters.deadLettersUrl(),
                "Action=ReceiveMessage&MaxNumberOfMessages=10&VisibilityTimeout=60");
        List<String> bodies = new ArrayList<>();
        Matcher body = BODY.matcher(answer);
        while (body.find()) {
            bodies.add(body.group(1).replace("&quot;", "\"").replace("&amp;", "&"));
        }
        return bodies;
    }
}
