package vn.vaxpass.matching.jobs;

import static vn.vaxpass.registry.RegistryEntryFixture.person;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.access.Area;
import vn.vaxpass.identity.Gender;
import vn.vaxpass.matching.SubjectScope;
import vn.vaxpass.registry.RegistryFixtureRows;

/**
 * The jobs' tests' data (the other modules' tests use it too): two communes of Hà Nội (01) and one of Sài Gòn (79), two registry people, and subjects
 * whose statuses the matcher's contract fixes.
 */
public final class JobData {

    public static final String PHUC_XA = "00001";
    public static final String TRUC_BACH = "00004";
    public static final String BEN_NGHE = "26734";

    private JobData() {
    }

    public static void reset(Pool pool) {
        pool.query("TRUNCATE match_job, match_result, vaccination_subject, commune, commune_successor, registry_person CASCADE")
                .executeAndAwait();
        pool.query("INSERT INTO commune (commune_code, province_code, name) VALUES ('00001', '01', 'Phường Phúc Xá'),"
                + " ('00004', '01', 'Phường Trúc Bạch'), ('26734', '79', 'Phường Bến Nghé')").executeAndAwait();
        RegistryFixtureRows.insert(pool, List.of(
                person("001085012345", null, "Đặng Văn Đức", "1985-03-07", Gender.MALE, PHUC_XA),
                person("001187054321", null, "Đặng Thị Hòa", "1987-11-02", Gender.FEMALE, PHUC_XA)));
    }

    /** Five subjects of Phúc Xá (VERIFIED, MISMATCH, MISSING_ID, INVALID_ID_FORMAT, NOT_FOUND), one of Trúc Bạch, one of Bến Nghé. */
    public static void subjects(Pool pool) {
        subject(pool, "S-1", "Đặng Văn Đức", "07/03/1985", "Nam", "001085012345", PHUC_XA, "01");
        subject(pool, "S-2", "Dang Thi Hoa", "02/11/1987", "Nữ", "001187054321", PHUC_XA, "01");
        subject(pool, "S-3", "Đặng Thị Hòa", "02/11/1987", "Nữ", null, PHUC_XA, "01");
        subject(pool, "S-4", "Trần Minh Khôi", "01/01/1990", "Nam", "12345", PHUC_XA, "01");
        subject(pool, "S-5", "Lê Văn Tám", "01/01/1990", "Nam", "079090999999", PHUC_XA, "01");
        subject(pool, "S-6", "Đặng Văn Đức", "07/03/1985", "Nam", "001085012345", TRUC_BACH, "01");
        subject(pool, "S-7", "Đặng Văn Đức", "07/03/1985", "Nam", "001085012345", BEN_NGHE, "79");
    }

    public static void subject(Pool pool, String id, String name, String dob, String gender, String idNumber, String commune,
            String province) {
        pool.preparedQuery("INSERT INTO vaccination_subject (subject_id, full_name, date_of_birth, gender, id_number,"
                        + " commune_code, province_code) VALUES ($1, $2, $3, $4, $5, $6, $7)")
                .executeAndAwait(Tuple.tuple().addString(id).addString(name).addString(dob).addString(gender)
                        .addString(idNumber).addString(commune).addString(province));
    }

    /**
     * A Phúc Xá job as {@link MatchJobs#submit} writes it (job and chunk rows, {@code chunkSize} subjects a chunk), its
     * messages not sent: for tests that hand its chunks to the worker themselves, without a MatchJobs bean.
     *
     * @return the job's id
     */
    public static UUID phucXaJob(Pool pool, int chunkSize) {
        UUID id = UUID.randomUUID();
        SubjectScope scope = SubjectScope.commune(PHUC_XA);
        MatchJobStore store = new MatchJobStore(pool);
        Instant at = Instant.now();
        pool.withTransaction(sql -> store.insertJob(sql, id, JobScope.of(scope), Area.commune("01", PHUC_XA), "test", at)
                .chain(() -> store.insertRanges(sql, id, scope, chunkSize, at))
                .chain(() -> store.finishTotals(sql, id))).await().indefinitely();
        return id;
    }

    public static long count(Pool pool, String sql, Object... parameters) {
        return pool.preparedQuery(sql).executeAndAwait(Tuple.from(parameters)).iterator().next().getLong(0);
    }
}
