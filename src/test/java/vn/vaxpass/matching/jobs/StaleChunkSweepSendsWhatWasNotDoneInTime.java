package vn.vaxpass.matching.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.matching.jobs.JobData.PHUC_XA;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.access.Reach;
import vn.vaxpass.matching.SubjectScope;

/**
 * A job whose messages never went out (the queue was unreachable, or the function died after the job was written)
 * still finishes: the sweep sends its chunks once their last send is older than the timeout (15 minutes).
 */
@QuarkusTest
class StaleChunkSweepSendsWhatWasNotDoneInTime {

    private static final Reach HANOI = Reach.province("01");

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

    @BeforeEach
    void data() {
        JobData.reset(pool);
        JobData.subjects(pool);
        queue.take();
    }

    @AfterEach
    void reachable() {
        queue.unreachable(false);
    }

    @Test
    void chunksNeverSentAreSentAfterTheTimeoutAndTheJobFinishes() {
        queue.unreachable(true);
        MatchJob submitted = jobs.submit(SubjectScope.commune(PHUC_XA), HANOI, "user-17");
        queue.unreachable(false);

        assertThat(sweep.resendStale(submitted.submittedAt().plus(Duration.ofMinutes(14)))).isZero();
        assertThat(sweep.resendStale(submitted.submittedAt().plus(Duration.ofMinutes(16)))).isEqualTo(3);
        List<ChunkMessage> sent = queue.take();
        sent.forEach(message -> processor.process(message).await().indefinitely());

        assertThat(sent).extracting(ChunkMessage::chunk).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(jobs.find(submitted.id(), HANOI).await().indefinitely().finished()).isTrue();
    }

    @Test
    void aChunkSentAgainIsNotSentAgainBeforeItsNewTimeoutAndADoneChunkNever() {
        MatchJob submitted = jobs.submit(SubjectScope.commune(PHUC_XA), HANOI, "user-17");
        processor.process(queue.take().get(0)).await().indefinitely();
        Instant later = submitted.submittedAt().plus(Duration.ofMinutes(16));

        assertThat(sweep.resendStale(later)).isEqualTo(2);
        assertThat(sweep.resendStale(later.plus(Duration.ofMinutes(10)))).isZero();
        assertThat(sweep.resendStale(later.plus(Duration.ofMinutes(16)))).isEqualTo(2);
        assertThat(queue.take()).extracting(ChunkMessage::chunk).containsExactlyInAnyOrder(1, 2, 1, 2);
    }
}
