package vn.vaxpass.matching.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vaxpass.matching.jobs.JobData.PHUC_XA;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.access.Reach;
import vn.vaxpass.matching.BatchMatcher;
import vn.vaxpass.matching.MatchRun;
import vn.vaxpass.matching.MatchStatus;
import vn.vaxpass.matching.SubjectPages;
import vn.vaxpass.matching.SubjectScope;

/**
 * Every delivery of a chunk's message, however often and after whatever crash, ends with one result per subject and
 * the chunk counted once; the job finishes with its last chunk, and its results.csv has a line per subject.
 */
@QuarkusTest
class ChunkProcessorCountsEachChunkOnce {

    private static final Reach HANOI = Reach.province("01");

    @Inject
    Pool pool;

    @Inject
    MatchJobs jobs;

    @Inject
    ChunkProcessor processor;

    @Inject
    JobResultStore results;

    @Inject
    RecordingChunkQueue queue;

    @Inject
    BatchMatcher matcher;

    @Inject
    SubjectPages pages;

    @BeforeEach
    void data() {
        JobData.reset(pool);
        JobData.subjects(pool);
        queue.take();
    }

    @Test
    void aJobFinishesWithItsLastChunkAndCountsEveryStatus() throws Exception {
        MatchJob submitted = jobs.submit(SubjectScope.commune(PHUC_XA), HANOI, "user-17");
        List<ChunkMessage> messages = queue.take();

        for (ChunkMessage message : messages) {
            assertThat(processor.process(message.toJson()).await().indefinitely()).isEqualTo(ChunkProcessor.Outcome.MATCHED);
        }

        MatchJob job = jobs.find(submitted.id(), HANOI).await().indefinitely();
        assertThat(job.finished()).isTrue();
        assertThat(job.chunksDone()).isEqualTo(3);
        assertThat(job.subjectsDone()).isEqualTo(5);
        assertThat(job.percentDone()).isEqualTo(100);
        assertThat(job.byStatus()).isEqualTo(Map.of(MatchStatus.VERIFIED, 1L, MatchStatus.MISMATCH, 1L,
                MatchStatus.MISSING_ID, 1L, MatchStatus.INVALID_ID_FORMAT, 1L, MatchStatus.NOT_FOUND, 1L));
        StringWriter csv = new StringWriter();
        results.write(job, Reach.ministry(), csv);
        // The matcher's outcomes for these subjects (SubjectMatcherFollowsTheContract); S-3 is suggested its person.
        assertThat(csv.toString().lines()).containsExactly(
                "subject_id,status,mismatched_fields,suggested_id_number,confidence",
                "S-1,VERIFIED,,,",
                "S-2,MISMATCH,name,001187054321,0.970",
                "S-3,MISSING_ID,,001187054321,0.950",
                "S-4,INVALID_ID_FORMAT,,,",
                "S-5,NOT_FOUND,,,");
    }

    @Test
    void aChunkDeliveredTwiceIsWrittenAndCountedOnce() {
        MatchJob submitted = jobs.submit(SubjectScope.commune(PHUC_XA), HANOI, "user-17");
        ChunkMessage first = queue.take().get(0);

        assertThat(processor.process(first).await().indefinitely()).isEqualTo(ChunkProcessor.Outcome.MATCHED);
        assertThat(processor.process(first).await().indefinitely()).isEqualTo(ChunkProcessor.Outcome.ALREADY_DONE);

        MatchJob job = jobs.find(submitted.id(), HANOI).await().indefinitely();
        assertThat(job.chunksDone()).isEqualTo(1);
        assertThat(job.subjectsDone()).isEqualTo(2);
        assertThat(job.finished()).isFalse();
        assertThat(JobData.count(pool, "SELECT count(*) FROM match_result WHERE job_id = $1", submitted.id())).isEqualTo(2);
    }

    @Test
    void aCrashBetweenWritingAndMarkingIsCountedOnceByTheRedelivery() {
        MatchJob submitted = jobs.submit(SubjectScope.commune(PHUC_XA), HANOI, "user-17");
        ChunkMessage first = queue.take().get(0);
        // The first delivery wrote the chunk's results (S-1, S-2) and died before marking it done.
        matcher.matchAndRecord(pages.between(SubjectScope.commune(PHUC_XA), "S-1", "S-2").await().indefinitely(),
                MatchRun.job(submitted.id(), Instant.parse("2022-03-01T08:00:00Z"))).await().indefinitely();

        assertThat(processor.process(first).await().indefinitely()).isEqualTo(ChunkProcessor.Outcome.MATCHED);

        MatchJob job = jobs.find(submitted.id(), HANOI).await().indefinitely();
        assertThat(job.chunksDone()).isEqualTo(1);
        assertThat(job.subjectsDone()).isEqualTo(2);
        assertThat(job.byStatus().get(MatchStatus.VERIFIED)).isEqualTo(1);
        assertThat(job.byStatus().get(MatchStatus.MISMATCH)).isEqualTo(1);
        assertThat(JobData.count(pool, "SELECT count(*) FROM match_result WHERE job_id = $1", submitted.id())).isEqualTo(2);
    }

    @Test
    void aMessageThatNamesNoChunkOrIsNoChunkMessageFails() {
        assertThatThrownBy(() -> processor.process(ChunkMessage.of(UUID.randomUUID(), 0)).await().indefinitely())
                .isInstanceOf(UnreadableMessageException.class);
        assertThatThrownBy(() -> processor.process("{\"v\":1}").await().indefinitely())
                .isInstanceOf(UnreadableMessageException.class);
        assertThatThrownBy(() -> processor.process("not json").await().indefinitely())
                .isInstanceOf(UnreadableMessageException.class);
        assertThatThrownBy(() -> processor.process("{\"v\":2,\"jobId\":\"" + UUID.randomUUID() + "\",\"chunk\":0}")
                .await().indefinitely()).isInstanceOf(UnreadableMessageException.class).hasMessageContaining("version 2");
    }
}
