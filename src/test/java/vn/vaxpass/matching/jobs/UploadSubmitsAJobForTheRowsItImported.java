package vn.vaxpass.matching.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vaxpass.matching.jobs.JobData.PHUC_XA;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.access.Area;
import vn.vaxpass.access.Reach;
import vn.vaxpass.csv.CsvErrorReport;
import vn.vaxpass.matching.MatchStatus;

/**
 * An uploaded subjects.csv is imported all or nothing (rows that cannot be read reported and skipped) and its
 * imported rows become the job; a file that is malformed, or holds a subject of another commune or province, changes
 * nothing and starts no job.
 */
@QuarkusTest
class UploadSubmitsAJobForTheRowsItImported {

    private static final String HEADER = "subject_id,full_name,date_of_birth,gender,id_number,phone,commune_code";
    private static final Reach PHUC_XA_STAFF = Reach.commune(PHUC_XA);

    @Inject
    Pool pool;

    @Inject
    MatchJobs jobs;

    @Inject
    ChunkProcessor processor;

    @Inject
    RecordingChunkQueue queue;

    @TempDir
    Path directory;

    @BeforeEach
    void data() {
        JobData.reset(pool);
        queue.take();
    }

    @Test
    void theReadableRowsAreImportedAndMatchedAndTheOthersReported() throws IOException {
        StringWriter report = new StringWriter();
        UploadOutcome outcome = upload(PHUC_XA_STAFF, report, HEADER,
                "U-1,Đặng Văn Đức,07/03/1985,Nam,001085012345,,00001",
                "U-2,Đặng Thị Hòa,31/02/1987,Nữ,001187054321,,00001",
                "U-3,Dang Thi Hoa,02/11/1987,Nữ,001187054321,,00001",
                "U-4,Trần Minh Khôi,1990,Nam,,, 00001 ");

        assertThat(outcome.code()).isEqualTo(UploadOutcome.SUBMITTED);
        assertThat(outcome.imported().inserted()).isEqualTo(3);
        assertThat(outcome.imported().rowErrors()).isEqualTo(1);
        assertThat(report.toString()).contains("3,INVALID_DATE_OF_BIRTH,U-2,");
        MatchJob job = outcome.job();
        assertThat(job.scope()).isEqualTo(JobScope.upload());
        assertThat(job.owner()).isEqualTo(Area.commune("01", PHUC_XA));
        assertThat(job.subjects()).isEqualTo(3);
        assertThat(job.chunks()).isEqualTo(2);

        queue.take().forEach(message -> processor.process(message).await().indefinitely());

        MatchJob done = jobs.find(job.id(), PHUC_XA_STAFF).await().indefinitely();
        assertThat(done.finished()).isTrue();
        assertThat(done.byStatus()).containsEntry(MatchStatus.VERIFIED, 1L).containsEntry(MatchStatus.MISMATCH, 1L)
                .containsEntry(MatchStatus.MISSING_ID, 1L);
        assertThat(JobData.count(pool, "SELECT count(*) FROM match_result WHERE job_id = $1 AND subject_id = 'U-2'",
                job.id())).isZero();
    }

    @Test
    void aSubjectOfAnotherCommuneRefusesTheWholeFile() throws IOException {
        StringWriter report = new StringWriter();
        UploadOutcome outcome = upload(PHUC_XA_STAFF, report, HEADER,
                "U-1,Đặng Văn Đức,07/03/1985,Nam,001085012345,,00001",
                "U-2,Đặng Thị Hòa,02/11/1987,Nữ,001187054321,,00004");

        assertThat(outcome.code()).isEqualTo("OUTSIDE_JURISDICTION");
        assertThat(outcome.submitted()).isFalse();
        assertThat(report.toString()).contains("3,OUTSIDE_JURISDICTION,U-2,").doesNotContain(",U-1,");
        assertNothingChanged();
    }

    @Test
    void aSubjectOfAnotherProvinceRefusesTheWholeFileOfAProvincesStaff() throws IOException {
        UploadOutcome outcome = upload(Reach.province("01"), new StringWriter(), HEADER,
                "U-1,Đặng Văn Đức,07/03/1985,Nam,001085012345,,00004",
                "U-2,Đặng Thị Hòa,02/11/1987,Nữ,001187054321,,26734");

        assertThat(outcome.code()).isEqualTo("OUTSIDE_JURISDICTION");
        assertNothingChanged();
    }

    @Test
    void anUploadBelongsToAProvincesOrACommunesStaff() {
        assertThatThrownBy(() -> upload(Reach.ministry(), new StringWriter(), HEADER,
                "U-1,Đặng Văn Đức,07/03/1985,Nam,001085012345,,00001"))
                .extracting(e -> ((MatchJobException) e).reason())
                .isEqualTo(MatchJobException.Reason.OUTSIDE_JURISDICTION);
        assertThatThrownBy(() -> upload(Reach.commune("99999"), new StringWriter(), HEADER,
                "U-1,Đặng Văn Đức,07/03/1985,Nam,001085012345,,00001"))
                .extracting(e -> ((MatchJobException) e).reason()).isEqualTo(MatchJobException.Reason.UNKNOWN_COMMUNE);
        assertNothingChanged();
    }

    @Test
    void aMalformedFileChangesNothing() throws IOException {
        StringWriter report = new StringWriter();
        assertThat(upload(PHUC_XA_STAFF, report, "subject_id,name", "U-1,Đặng Văn Đức").code()).isEqualTo("WRONG_HEADER");
        assertThat(report.toString()).contains("WRONG_HEADER");
        assertThat(upload(PHUC_XA_STAFF, new StringWriter(), HEADER,
                "U-1,Đặng Văn Đức,07/03/1985,Nam,001085012345,,00001",
                "U-2,Đặng Thị Hòa,02/11/1987,Nữ,00118705,4321,,00001").code()).isEqualTo("MALFORMED_ROWS");
        assertNothingChanged();
    }

    private void assertNothingChanged() {
        assertThat(JobData.count(pool, "SELECT count(*) FROM vaccination_subject")).isZero();
        assertThat(JobData.count(pool, "SELECT count(*) FROM match_job")).isZero();
        assertThat(queue.take()).isEmpty();
    }

    private UploadOutcome upload(Reach caller, StringWriter report, String... lines) throws IOException {
        Path file = directory.resolve("subjects.csv");
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return jobs.submitUpload(file, caller, "user-17", new CsvErrorReport(report, "subject_id"));
    }
}
