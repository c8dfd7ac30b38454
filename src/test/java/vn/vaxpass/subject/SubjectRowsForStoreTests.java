package vn.vaxpass.subject;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Subjects put straight into {@code vaccination_subject} for the store's tests, under ids, communes and a province
 * of their own ({@link #PREFIX}), so that tests sharing the database never meet.
 */
final class SubjectRowsForStoreTests {

    static final String PREFIX = "SS-" + ProcessHandle.current().pid() + "-";
    static final String COMMUNE = "SS" + ProcessHandle.current().pid() % 100_000 + "A";
    static final String OTHER_COMMUNE = "SS" + ProcessHandle.current().pid() % 100_000 + "B";
    static final String PROVINCE = "S" + ProcessHandle.current().pid() % 100_000;
    /** A phone's key (national number without the trunk 0) and a CCCD's digits that only this run's tests use. */
    static final String PHONE_KEY = "9" + String.format("%08d", ProcessHandle.current().pid() % 100_000_000);
    static final String ID_DIGITS = "0010" + String.format("%08d", ProcessHandle.current().pid() % 100_000_000);
    static final String OTHER_ID_DIGITS = "0790" + String.format("%08d", ProcessHandle.current().pid() % 100_000_000);

    private final Pool pool;

    SubjectRowsForStoreTests(Pool pool) {
        this.pool = pool;
        pool.preparedQuery("DELETE FROM vaccination_subject WHERE subject_id LIKE $1 || '%'").execute(Tuple.of(PREFIX))
                .await().indefinitely();
    }

    /** Stores the subject under {@link #PREFIX} + {@code key}; returns its id. */
    String insert(String key, SubjectData typed, String phone, String provinceCode, int version) {
        String id = PREFIX + key;
        pool.preparedQuery("INSERT INTO vaccination_subject (subject_id, full_name, date_of_birth, gender, id_number,"
                        + " phone, commune_code, province_code, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
                .execute(Tuple.tuple().addString(id).addString(typed.fullName()).addString(typed.dateOfBirth())
                        .addString(typed.gender()).addString(typed.idNumber()).addString(phone)
                        .addString(typed.communeCode()).addString(provinceCode).addInteger(version))
                .await().indefinitely();
        return id;
    }

    /** A subject of {@link #COMMUNE}, in {@link #PROVINCE}, version 1, with the ID number and phone given. */
    String insert(String key, String idNumber, String phone) {
        return insert(key, new SubjectData(null, "Nguyễn Văn An", "07/03/1985", "Nam", idNumber, COMMUNE), phone,
                PROVINCE, 1);
    }
}
