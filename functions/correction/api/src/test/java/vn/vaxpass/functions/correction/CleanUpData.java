package vn.vaxpass.functions.correction;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.matching.BatchMatcher;
import vn.vaxpass.matching.MatchRun;
import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.subject.SubjectStore;

/**
 * The correction tests' data: JobData's communes, registry people and subjects (Phúc Xá: S-1 VERIFIED, S-2 MISMATCH,
 * S-3 MISSING_ID, S-4 INVALID_ID_FORMAT, S-5 NOT_FOUND; S-6 of Trúc Bạch; S-7 of Bến Nghé, province 79), checked once,
 * and no lists, reports or audit entries. A bean, so that each test class asks for it alone.
 */
@ApplicationScoped
class CleanUpData {

    static final String PHUC_XA = JobData.PHUC_XA;
    static final String TRUC_BACH = JobData.TRUC_BACH;
    static final String BEN_NGHE = JobData.BEN_NGHE;
    static final String HA_NOI = "01";

    private final Pool pool;
    private final BatchMatcher matcher;
    private final SubjectStore subjects;

    @Inject
    CleanUpData(Pool pool, BatchMatcher matcher, SubjectStore subjects) {
        this.pool = pool;
        this.matcher = matcher;
        this.subjects = subjects;
    }

    /** The fixture's data, and nothing else of the workflow's. */
    void reset() {
        pool.query("TRUNCATE correction_hand_back, correction_item, correction_list, citizen_report, correction_audit,"
                + " registry_quota, subject_death, subject_merge, commune_successor CASCADE").executeAndAwait();
        JobData.reset(pool);
        JobData.subjects(pool);
        matcher.matchAndRecord(subjects.withIds(List.of("S-1", "S-2", "S-3", "S-4", "S-5", "S-6", "S-7"))
                .await().indefinitely(), MatchRun.withoutJob(Instant.now())).await().indefinitely();
    }
}
