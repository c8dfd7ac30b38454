package vn.vaxpass.functions.registrymatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.vaxpass.access.Area;
import vn.vaxpass.matching.jobs.JobScope;
import vn.vaxpass.matching.jobs.MatchJob;

/** A job's progress says FAILED once a chunk was given up, whether or not its other chunks still run. */
class JobResponseShowsAGivenUpJobAsFailed {

    private static final Instant SUBMITTED = Instant.parse("2026-03-01T02:00:00Z");
    private static final Instant FINISHED = Instant.parse("2026-03-01T03:00:00Z");
    private static final int CHUNKS = 3;

    @Test
    void aJobWithAFailedChunkIsFailedAndCountsIt() {
        JobResponse running = JobResponse.of(job(null, 1, 1));
        JobResponse over = JobResponse.of(job(FINISHED, 2, 1));

        assertThat(running.state()).isEqualTo("FAILED");
        assertThat(over.state()).isEqualTo("FAILED");
        assertThat(over.chunksFailed()).isEqualTo(1);
    }

    @Test
    void aJobWithoutFailedChunksRunsThenFinishes() {
        assertThat(JobResponse.of(job(null, 1, 0)).state()).isEqualTo("RUNNING");
        assertThat(JobResponse.of(job(FINISHED, CHUNKS, 0)).state()).isEqualTo("FINISHED");
    }

    private static MatchJob job(Instant finishedAt, int chunksDone, int chunksFailed) {
        return new MatchJob(UUID.randomUUID(), JobScope.upload(), Area.province("01"), "user-17", SUBMITTED,
                finishedAt, CHUNKS, CHUNKS, chunksDone, chunksFailed, chunksDone, Map.of());
    }
}
