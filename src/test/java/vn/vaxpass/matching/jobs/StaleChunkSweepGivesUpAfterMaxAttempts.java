package vn.vaxpass.matching.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.matching.jobs.JobData.PHUC_XA;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.access.Reach;
import vn.vaxpass.matching.SubjectScope;

/**
 * A chunk that never gets done is sent {@code max-attempts} times in all (the first send and the sweep's), then
 * given up: it and its job are FAILED and the sweep sends it no more. Done late after all, it counts once and the job
 * is DONE when no other chunk failed.
 */
@QuarkusTest
class StaleChunkSweepGivesUpAfterMaxAttempts {

    private static final Reach HANOI = Reach.province("01");
    private static final int CHUNKS = 3;
    private static final int SUBJECTS = 5;
    private static final int LATE_CHUNK = 1;

    @Inject
    Pool pool;

    @Inject
    MatchJobs jobs;

    @Inject
    StaleChunkSweep sweep;

    @Inject
    ChunkProcessor processor;

    @Inject
    RecordingChunkQueue queue;

    @Inject
    MatchJobSettings settings;

    @BeforeEach
    void data() {
        JobData.reset(pool);
        JobData.subjects(pool);
        queue.take();
    }

    @Test
    void aChunkNeverDoneIsSentMaxAttemptsTimesThenNoMore() {
        MatchJob submitted = jobs.submit(SubjectScope.commune(PHUC_XA), HANOI, "user-17");
        assertThat(queue.take()).hasSize(CHUNKS);

        Instant at = submitted.submittedAt();
        for (int attempt = 2; attempt <= settings.maxAttempts(); attempt++) {
            at = staleAfter(at);
            assertThat(sweep.resendStale(at)).as("resent on attempt %d", attempt).isEqualTo(CHUNKS);
        }
        at = staleAfter(at);
        assertThat(sweep.resendStale(at)).as("sent after the last attempt").isZero();
        assertThat(sweep.resendStale(staleAfter(at))).as("sent once given up").isZero();
        assertThat(queue.take()).hasSize(CHUNKS * (settings.maxAttempts() - 1));

        MatchJob job = jobs.find(submitted.id(), HANOI).await().indefinitely();
        assertThat(job.status()).isEqualTo(MatchJob.Status.FAILED);
        assertThat(job.chunksFailed()).isEqualTo(CHUNKS);
        assertThat(job.chunksDone()).isZero();
        assertThat(JobData.count(pool, "SELECT count(*) FROM match_job_chunk WHERE job_id = $1 AND failed_at IS NOT NULL"
                + " AND attempts = $2", submitted.id(), settings.maxAttempts())).isEqualTo(CHUNKS);
    }

    @Test
    void aGivenUpChunkDoneLateCountsOnceAndTheJobIsDoneWhenNoOtherFailed() {
        MatchJob submitted = jobs.submit(SubjectScope.commune(PHUC_XA), HANOI, "user-17");
        List<ChunkMessage> first = queue.take();
        first.stream().filter(message -> message.chunk() != LATE_CHUNK)
                .forEach(message -> processor.process(message).await().indefinitely());
        Instant at = submitted.submittedAt();
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            at = staleAfter(at);
            sweep.resendStale(at);
        }
        assertThat(jobs.find(submitted.id(), HANOI).await().indefinitely().status()).isEqualTo(MatchJob.Status.FAILED);

        ChunkMessage late = first.stream().filter(message -> message.chunk() == LATE_CHUNK).findFirst().orElseThrow();
        assertThat(processor.process(late).await().indefinitely()).isEqualTo(ChunkProcessor.Outcome.MATCHED);
        assertThat(processor.process(late).await().indefinitely()).isEqualTo(ChunkProcessor.Outcome.ALREADY_DONE);

        MatchJob job = jobs.find(submitted.id(), HANOI).await().indefinitely();
        assertThat(job.status()).isEqualTo(MatchJob.Status.DONE);
        assertThat(job.chunksDone()).isEqualTo(CHUNKS);
        assertThat(job.chunksFailed()).isZero();
        assertThat(job.subjectsDone()).isEqualTo(SUBJECTS);
        assertThat(sweep.resendStale(staleAfter(at))).isZero();
    }

    private Instant staleAfter(Instant lastSent) {
        return lastSent.plus(settings.resendAfter()).plus(Duration.ofMinutes(1));
    }
}
