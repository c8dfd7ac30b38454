package vn.vaxpass.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.registry.RegistryEntryFixture.person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.identity.Gender;
import vn.vaxpass.registry.RegistryFixtureRows;

import vn.vaxpass.subject.StoredSubject;
import vn.vaxpass.subject.SubjectData;
/**
 * A chunk processed twice for the same job (a retried message, a rerun after a crash) leaves one result per subject,
 * the first; without a job every run is kept as history. A commune or province is read page by page.
 */
@QuarkusTest
class BatchMatcherRecordsEachSubjectOncePerJob {

    private static final Instant FIRST_RUN = Instant.parse("2022-03-01T08:00:00Z");
    private static final Instant SECOND_RUN = Instant.parse("2022-03-01T09:00:00Z");

    @Inject
    Pool pool;

    @Inject
    BatchMatcher matcher;

    @Inject
    SubjectPages pages;

    @BeforeEach
    void data() {
        StoredSubjectRows.deleteAll(pool);
        RegistryFixtureRows.deleteAll(pool);
        RegistryFixtureRows.insert(pool, List.of(
                person("001085012345", null, "Đặng Văn Đức", "1985-03-07", Gender.MALE, "W01"),
                person("001187054321", null, "Đặng Thị Hòa", "1987-11-02", Gender.FEMALE, "W01")));
        StoredSubjectRows.insert(pool, new SubjectData("B-1", "Đặng Văn Đức", "07/03/1985", "Nam", "001085012345", "W01"), "01", 1);
        StoredSubjectRows.insert(pool, new SubjectData("B-2", "Dang Thi Hoa", "02/11/1987", "Nữ", "001187054321", "W01"), "01", 3);
        StoredSubjectRows.insert(pool, new SubjectData("B-3", "Đặng Thị Hòa", "02/11/1987", "Nữ", "", "W01"), "01", 1);
        StoredSubjectRows.insert(pool, new SubjectData("B-4", "Trần Minh Khôi", "01/01/1990", "Nam", "079090999999", "W02"), "01", 1);
        StoredSubjectRows.insert(pool, new SubjectData("B-5", "Đặng Văn Đức", "07/03/1985", "Nam", "001085012345", "W09"), "02", 1);
    }

    @Test
    void aChunkProcessedTwiceForAJobIsWrittenOnce() {
        UUID job = UUID.randomUUID();
        List<StoredSubject> chunk = pages.after(SubjectScope.commune("W01"), "", 100).await().indefinitely();

        List<MatchOutcome> first = matcher.matchAndRecord(chunk, MatchRun.job(job, FIRST_RUN)).await().indefinitely();
        List<MatchOutcome> again = matcher.matchAndRecord(chunk, MatchRun.job(job, SECOND_RUN)).await().indefinitely();

        assertThat(again).isEqualTo(first);
        List<Row> rows = results("WHERE job_id = $1", Tuple.of(job));
        assertThat(rows).extracting(row -> row.getString("subject_id")).containsExactly("B-1", "B-2", "B-3");
        assertThat(rows).extracting(row -> row.getOffsetDateTime("matched_at").toInstant()).containsOnly(FIRST_RUN);
        assertThat(rows).extracting(row -> row.getString("status")).containsExactly("VERIFIED", "MISMATCH", "MISSING_ID");
        Row mismatch = rows.get(1);
        assertThat(mismatch.getInteger("subject_version")).isEqualTo(3);
        assertThat(mismatch.getString("mismatched_fields")).isEqualTo("name");
        assertThat(mismatch.getString("suggested_id_number")).isEqualTo("001187054321");
        assertThat(mismatch.getBigDecimal("confidence")).isEqualByComparingTo(first.get(1).confidence().toString());
        assertThat(rows.get(0).getString("mismatched_fields")).isNull();
        assertThat(rows.get(0).getValue("confidence")).isNull();
    }

    @Test
    void withoutAJobEveryRunIsKept() {
        List<StoredSubject> chunk = pages.after(SubjectScope.commune("W01"), "", 100).await().indefinitely();

        matcher.matchAndRecord(chunk, MatchRun.withoutJob(FIRST_RUN)).await().indefinitely();
        matcher.matchAndRecord(chunk, MatchRun.withoutJob(SECOND_RUN)).await().indefinitely();

        assertThat(results("WHERE job_id IS NULL", Tuple.tuple())).hasSize(6);
        String latest = pool.preparedQuery("SELECT matched_at FROM latest_match_result WHERE subject_id = $1")
                .execute(Tuple.of("B-2")).await().indefinitely().iterator().next().getOffsetDateTime(0).toInstant().toString();
        assertThat(latest).isEqualTo(SECOND_RUN.toString());
    }

    @Test
    void aProvinceIsReadPageByPageAndOnlyItsSubjectsAreMatched() {
        UUID job = UUID.randomUUID();

        MatchTally tally = matcher.matchAndRecordAll(SubjectScope.province("01"), MatchRun.job(job, FIRST_RUN),
                new ChunkSettings(2, 2));

        assertThat(tally.subjects()).isEqualTo(4);
        assertThat(tally.byStatus().get(MatchStatus.NOT_FOUND)).isEqualTo(1);
        assertThat(results("WHERE job_id = $1", Tuple.of(job))).extracting(row -> row.getString("subject_id"))
                .containsExactly("B-1", "B-2", "B-3", "B-4");
    }

    private List<Row> results(String where, Tuple parameters) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery("SELECT * FROM match_result " + where + " ORDER BY subject_id, matched_at")
                .execute(parameters).await().indefinitely().forEach(rows::add);
        return rows;
    }
}
