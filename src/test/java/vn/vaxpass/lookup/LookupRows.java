package vn.vaxpass.lookup;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.confirmation.VaccinationRows;
import vn.vaxpass.matching.MatchStatus;

/**
 * Subjects, doses, communes and registry-match results put straight into the tables for lookup tests. Every subject
 * gets a fresh id and, through {@link #freshPhone()}, a phone no other test uses, so tests sharing a database never
 * meet.
 */
public final class LookupRows {

    public static final String COMMUNE = "00004";
    public static final String COMMUNE_NAME = "Phường Trúc Bạch";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Pool pool;

    public LookupRows(Pool pool) {
        this.pool = pool;
        pool.preparedQuery("INSERT INTO commune (commune_code, province_code, name) VALUES ($1, '01', $2)"
                + " ON CONFLICT (commune_code) DO NOTHING").execute(Tuple.of(COMMUNE, COMMUNE_NAME)).await().indefinitely();
    }

    /** A national mobile number (nine digits after 0) that no other call of this run returns. */
    public static String freshPhone() {
        return "09" + String.format("%08d", (ProcessHandle.current().pid() * 1000 + NEXT.incrementAndGet()) % 100_000_000);
    }

    /** A well-formed CCCD (Hà Nội, born in the 1900s, male) that no other call of this run returns. */
    public static String freshIdNumber() {
        return "0010" + String.format("%08d", (ProcessHandle.current().pid() * 1000 + NEXT.incrementAndGet()) % 100_000_000);
    }

    /** A subject as a clerk typed it; returns its id. */
    public String subject(String fullName, String dateOfBirth, String gender, String idNumber, String phone) {
        String id = "L-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
        pool.preparedQuery("INSERT INTO vaccination_subject (subject_id, full_name, date_of_birth, gender, id_number,"
                        + " phone, commune_code, province_code) VALUES ($1, $2, $3, $4, $5, $6, $7, '01')")
                .execute(Tuple.tuple().addString(id).addString(fullName).addString(dateOfBirth).addString(gender)
                        .addString(idNumber).addString(phone).addString(COMMUNE))
                .await().indefinitely();
        return id;
    }

    /** A Comirnaty dose given by {@link VaccinationRows#FACILITY}. */
    public void dose(String subjectId, int number, int total, LocalDate on) {
        pool.preparedQuery("INSERT INTO dose (id, subject_id, dose_number, total_doses, vaccinated_on, product,"
                        + " manufacturer, prophylaxis, lot, facility_code) VALUES (nextval('dose_seq'), $1, $2, $3, $4,"
                        + " 'EU/1/20/1528', 'ORG-100030215', 'J07BX03', 'FF2587', $5)")
                .execute(Tuple.of(subjectId, number, total, on, VaccinationRows.FACILITY)).await().indefinitely();
    }

    /** The registry check's newest result, for the subject's present version. */
    public void matched(String subjectId, MatchStatus status, String mismatchedFields) {
        pool.preparedQuery("INSERT INTO match_result (id, subject_id, subject_version, status, mismatched_fields,"
                        + " matched_at) SELECT nextval('match_result_seq'), subject_id, version, $2, $3, clock_timestamp()"
                        + " FROM vaccination_subject WHERE subject_id = $1")
                .execute(Tuple.of(subjectId, status.name(), mismatchedFields)).await().indefinitely();
    }

    public long count(String sql, Object... parameters) {
        return pool.preparedQuery(sql).execute(Tuple.from(parameters)).await().indefinitely().iterator().next().getLong(0);
    }
}
