package vn.vaxpass.server.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.matching.jobs.JobData;

/**
 * An upload that dies between its import and its job: MatchJobs.submitUpload imports the file in one transaction and
 * writes the job and its chunks in another, and the database is lost right between them. The caller gets an error;
 * what is left is whole (the imported subjects, all of them) and no job, chunk or result half-written; uploading the
 * same file again imports it again without duplicates and runs one job that matches every subject once.
 */
@QuarkusTest
@TestProfile(FaultsProfile.class)
class AnUploadCutBeforeItsJobLeavesNothingHalfWritten {

    private static final String HEADER = "subject_id,full_name,date_of_birth,gender,id_number,phone,commune_code";
    private static final int ROWS = 10;

    @Inject
    Pool pool;

    @Inject
    SubjectImportThenCrash subjectImport;

    @BeforeEach
    void data() {
        JobData.reset(pool);
    }

    @Test
    void theFailedUploadLeavesNoJobAndItsRetryMatchesEverySubjectOnce() {
        String file = HEADER + "\n" + IntStream.rangeClosed(1, ROWS)
                .mapToObj(i -> "U-%03d,Nguyễn Văn Thử,01/01/1990,Nam,0010900%05d,,%s".formatted(i, i, JobData.PHUC_XA))
                .collect(Collectors.joining("\n")) + "\n";

        subjectImport.crashAfterNextImport();
        int status = Faults.staff().contentType("text/csv; charset=UTF-8").body(file).post(Faults.JOBS).statusCode();
        FaultyDatabase.proxy().restore();

        assertThat(status).as("the upload that lost its database").isGreaterThanOrEqualTo(500);
        assertThat(count("SELECT count(*) FROM match_job")).isZero();
        assertThat(count("SELECT count(*) FROM match_job_chunk")).isZero();
        assertThat(count("SELECT count(*) FROM match_result")).isZero();
        assertThat(count("SELECT count(*) FROM vaccination_subject WHERE subject_id LIKE 'U-%'"))
                .as("the import committed whole before the crash").isEqualTo(ROWS);

        String id = Faults.staff().contentType("text/csv; charset=UTF-8").body(file).post(Faults.JOBS).then()
                .statusCode(202).extract().path("job.id");
        JsonPath done = Faults.awaitEnded(id);

        assertThat(done.getString("state")).isEqualTo("FINISHED");
        assertThat(done.getLong("subjectsDone")).isEqualTo(ROWS);
        assertThat(Faults.resultRows(pool, id)).containsExactly(ROWS, ROWS);
        assertThat(count("SELECT count(*) FROM match_job")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM vaccination_subject WHERE subject_id LIKE 'U-%'")).isEqualTo(ROWS);
    }

    private long count(String sql) {
        return JobData.count(pool, sql);
    }
}
