package vn.vaxpass.matching.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vaxpass.matching.jobs.JobData.BEN_NGHE;
import static vn.vaxpass.matching.jobs.JobData.PHUC_XA;
import static vn.vaxpass.matching.jobs.JobData.TRUC_BACH;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.access.Area;
import vn.vaxpass.access.Reach;
import vn.vaxpass.matching.SubjectScope;

/** A commune or province job is cut into key ranges of the configured size (2 here), written whole, then sent. */
@QuarkusTest
class MatchJobsWritesAJobAndAllItsChunksBeforeSending {

    private static final Reach HANOI = Reach.province("01");

    @Inject
    Pool pool;

    @Inject
    MatchJobs jobs;

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
    void aCommuneJobHasAChunkPerTwoSubjectsAndAMessagePerChunk() {
        MatchJob job = jobs.submit(SubjectScope.commune(PHUC_XA), HANOI, "user-17");

        assertThat(job.chunks()).isEqualTo(3);
        assertThat(job.subjects()).isEqualTo(5);
        assertThat(job.scope()).isEqualTo(new JobScope(JobScope.Level.COMMUNE, PHUC_XA));
        assertThat(job.owner()).isEqualTo(Area.commune("01", PHUC_XA));
        assertThat(job.requestedBy()).isEqualTo("user-17");
        assertThat(job.finished()).isFalse();
        assertThat(job.percentDone()).isZero();
        assertThat(queue.take()).containsExactly(ChunkMessage.of(job.id(), 0), ChunkMessage.of(job.id(), 1),
                ChunkMessage.of(job.id(), 2));
        assertThat(JobData.count(pool, "SELECT sum(subject_count) FROM match_job_chunk WHERE job_id = $1", job.id()))
                .isEqualTo(5);
    }

    @Test
    void aProvinceJobCoversEveryCommuneOfTheProvinceOnly() {
        MatchJob job = jobs.submit(SubjectScope.province("01"), HANOI, "user-17");

        assertThat(job.subjects()).isEqualTo(6);
        assertThat(job.chunks()).isEqualTo(3);
        assertThat(job.owner()).isEqualTo(Area.province("01"));
    }

    @Test
    void aScopeWithoutSubjectsIsFinishedAtOnce() {
        JobData.reset(pool);

        MatchJob job = jobs.submit(SubjectScope.commune(TRUC_BACH), HANOI, "user-17");

        assertThat(job.chunks()).isZero();
        assertThat(job.finished()).isTrue();
        assertThat(job.percentDone()).isEqualTo(100);
        assertThat(queue.take()).isEmpty();
    }

    @Test
    void aJobWhoseMessagesCannotBeSentIsKeptForTheSweep() {
        queue.unreachable(true);

        MatchJob job = jobs.submit(SubjectScope.commune(PHUC_XA), HANOI, "user-17");

        assertThat(job.chunks()).isEqualTo(3);
        assertThat(queue.take()).isEmpty();
        assertThat(JobData.count(pool, "SELECT count(*) FROM match_job_chunk WHERE job_id = $1 AND done_at IS NULL",
                job.id())).isEqualTo(3);
    }

    @Test
    void aScopeOutsideTheCallersJurisdictionIsRefused() {
        assertThatThrownBy(() -> jobs.submit(SubjectScope.commune(BEN_NGHE), HANOI, "user-17"))
                .extracting(e -> ((MatchJobException) e).reason()).isEqualTo(MatchJobException.Reason.OUTSIDE_JURISDICTION);
        assertThatThrownBy(() -> jobs.submit(SubjectScope.province("79"), HANOI, "user-17"))
                .extracting(e -> ((MatchJobException) e).reason()).isEqualTo(MatchJobException.Reason.OUTSIDE_JURISDICTION);
        Reach phucXa = Reach.commune(PHUC_XA);
        assertThatThrownBy(() -> jobs.submit(SubjectScope.commune(TRUC_BACH), phucXa, "user-17"))
                .extracting(e -> ((MatchJobException) e).reason()).isEqualTo(MatchJobException.Reason.OUTSIDE_JURISDICTION);
        assertThatThrownBy(() -> jobs.submit(SubjectScope.province("01"), phucXa, "user-17"))
                .extracting(e -> ((MatchJobException) e).reason()).isEqualTo(MatchJobException.Reason.OUTSIDE_JURISDICTION);
        assertThat(JobData.count(pool, "SELECT count(*) FROM match_job")).isZero();
        assertThat(queue.take()).isEmpty();
    }

    @Test
    void aMalformedOrUnknownScopeIsRefused() {
        assertThatThrownBy(() -> jobs.submit(SubjectScope.commune("1; DROP"), HANOI, "user-17"))
                .extracting(e -> ((MatchJobException) e).reason()).isEqualTo(MatchJobException.Reason.INVALID_SCOPE);
        assertThatThrownBy(() -> jobs.submit(SubjectScope.province("1"), HANOI, "user-17"))
                .extracting(e -> ((MatchJobException) e).reason()).isEqualTo(MatchJobException.Reason.INVALID_SCOPE);
        assertThatThrownBy(() -> jobs.submit(SubjectScope.commune("99999"), HANOI, "user-17"))
                .extracting(e -> ((MatchJobException) e).reason()).isEqualTo(MatchJobException.Reason.UNKNOWN_COMMUNE);
    }

    @Test
    void aJobIsSeenOnlyWithinTheJurisdictionOfItsScope() {
        MatchJob communeJob = jobs.submit(SubjectScope.commune(PHUC_XA), HANOI, "user-17");
        MatchJob provinceJob = jobs.submit(SubjectScope.province("01"), HANOI, "user-17");

        assertThat(jobs.find(communeJob.id(), HANOI).await().indefinitely()).isNotNull();
        assertThat(jobs.find(communeJob.id(), Reach.commune(PHUC_XA)).await().indefinitely()).isNotNull();
        assertThat(jobs.find(communeJob.id(), Reach.commune(TRUC_BACH)).await().indefinitely()).isNull();
        assertThat(jobs.find(communeJob.id(), Reach.province("79")).await().indefinitely()).isNull();
        assertThat(jobs.find(provinceJob.id(), Reach.commune(PHUC_XA)).await().indefinitely()).isNull();
        assertThat(jobs.find(java.util.UUID.randomUUID(), HANOI).await().indefinitely()).isNull();
    }
}
