package vn.vaxpass.confirmation;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.matching.MatchStatus;

/**
 * Subjects, registry-match results and doses put straight into the tables for tests (the imports and the matcher are
 * tested on their own). Every subject gets a fresh identifier, so tests sharing the database never meet.
 */
public final class VaccinationRows {

    public static final String FACILITY = "79-001";
    public static final String OTHER_FACILITY = "01-002";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final AtomicInteger NEXT_DAY = new AtomicInteger();

    private final Pool pool;

    public VaccinationRows(Pool pool) {
        this.pool = pool;
    }

    public static String freshSubjectId() {
        return "T-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
    }

    /** A vaccination day no other test of this run uses, so that confirming it touches only one's own doses. */
    public static LocalDate freshDay() {
        return LocalDate.of(2021, 3, 1).plusDays(NEXT_DAY.incrementAndGet());
    }

    /** A new subject, version 1, as a clerk typed it. */
    public String subject(String fullName, String dateOfBirth) {
        String id = freshSubjectId();
        pool.preparedQuery("INSERT INTO vaccination_subject (subject_id, full_name, date_of_birth, gender, id_number,"
                        + " commune_code, province_code) VALUES ($1, $2, $3, 'Nam', '001085000001', '00001', '01')")
                .execute(Tuple.of(id, fullName, dateOfBirth)).await().indefinitely();
        return id;
    }

    /** The registry check's newest result, for the subject's present version. */
    public void matched(String subjectId, MatchStatus status, String mismatchedFields) {
        pool.preparedQuery("INSERT INTO match_result (id, subject_id, subject_version, status, mismatched_fields,"
                        + " matched_at) SELECT nextval('match_result_seq'), subject_id, version, $2, $3, clock_timestamp()"
                        + " FROM vaccination_subject WHERE subject_id = $1")
                .execute(Tuple.of(subjectId, status.name(), mismatchedFields)).await().indefinitely();
    }

    public void verified(String subjectId) {
        matched(subjectId, MatchStatus.VERIFIED, null);
    }

    /** A Comirnaty dose; returns its id. */
    public long dose(String subjectId, int number, int total, LocalDate on, String facility) {
        return pool.preparedQuery("INSERT INTO dose (id, subject_id, dose_number, total_doses, vaccinated_on, product,"
                        + " manufacturer, prophylaxis, lot, facility_code) VALUES (nextval('dose_seq'), $1, $2, $3, $4,"
                        + " 'EU/1/20/1528', 'ORG-100030215', 'J07BX03', 'FF2587', $5) RETURNING id")
                .execute(Tuple.of(subjectId, number, total, on, facility)).await().indefinitely()
                .iterator().next().getLong(0);
    }

    /** A clerk's correction of personal data: the name changes and the version is bumped, as the imports do. */
    public void correctName(String subjectId, String fullName) {
        pool.preparedQuery("UPDATE vaccination_subject SET full_name = $2, version = version + 1, updated_at = now()"
                        + " WHERE subject_id = $1")
                .execute(Tuple.of(subjectId, fullName)).await().indefinitely();
    }

    public void changeLot(long doseId, String lot) {
        pool.preparedQuery("UPDATE dose SET lot = $2 WHERE id = $1").execute(Tuple.of(doseId, lot)).await().indefinitely();
    }

    public void deleteSubject(String subjectId) {
        pool.preparedQuery("DELETE FROM vaccination_subject WHERE subject_id = $1").execute(Tuple.of(subjectId))
                .await().indefinitely();
    }

    public long count(String sql, Object... parameters) {
        return pool.preparedQuery(sql).execute(Tuple.from(parameters)).await().indefinitely().iterator().next().getLong(0);
    }
}
