package vn.vaxpass.functions.correction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.matching.BatchMatcher;
import vn.vaxpass.matching.MatchRun;
import vn.vaxpass.subject.SubjectStore;
import vn.vaxpass.testing.TestTokens;

/**
 * The progress report counts each subject once, by its latest check: a newer check replaces an older one, a check of
 * an older version of the subject is OUTDATED, a subject never checked is NOT_CHECKED; the nation's, a province's and a
 * commune's reports agree (each scope has its own statement).
 */
@QuarkusTest
class ProgressReportCountsEachSubjectByItsLatestCheck {

    private static final String PROVINCE = TestTokens.provinceHealth(CleanUpData.HA_NOI);
    private static final String COMMUNE = "communes." + CleanUpData.PHUC_XA + ".subjectsByCheck.";

    @Inject
    Pool pool;
    @Inject
    BatchMatcher matcher;
    @Inject
    SubjectStore subjects;
    @Inject
    CleanUpData data;

    @BeforeEach
    void data() {
        data.reset();
    }

    @Test
    void eachSubjectCountsOnceByItsLatestCheckOfItsCurrentVersion() {
        matcher.matchAndRecord(subjects.withIds(List.of("S-1", "S-2")).await().indefinitely(),
                MatchRun.withoutJob(Instant.now().plusSeconds(60))).await().indefinitely();
        pool.query("UPDATE vaccination_subject SET version = version + 1 WHERE subject_id = 'S-3'").executeAndAwait();
        pool.query("DELETE FROM match_result WHERE subject_id = 'S-4'").executeAndAwait();

        var nation = given().auth().oauth2(TestTokens.ministry());
        var province = given().auth().oauth2(PROVINCE).queryParam("province", CleanUpData.HA_NOI);
        var commune = given().auth().oauth2(PROVINCE).queryParam("province", CleanUpData.HA_NOI)
                .queryParam("commune", CleanUpData.PHUC_XA);
        for (var request : List.of(nation, province, commune)) {
            request.get("/v1/correction/progress").then().statusCode(200)
                    .body(COMMUNE + "VERIFIED", equalTo(1))
                    .body(COMMUNE + "MISMATCH", equalTo(1))
                    .body(COMMUNE + "OUTDATED", equalTo(1))
                    .body(COMMUNE + "NOT_CHECKED", equalTo(1))
                    .body(COMMUNE + "NOT_FOUND", equalTo(1))
                    .body(COMMUNE + "size()", equalTo(5));
        }
    }
}
