package vn.vaxpass.matching;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.subject.SubjectData;
/** Puts vaccination subjects straight into {@code vaccination_subject} for tests (the imports are tested on their own). */
final class StoredSubjectRows {

    private StoredSubjectRows() {
    }

    /** Empties subjects and, with them, their match results. */
    static void deleteAll(Pool pool) {
        pool.query("DELETE FROM vaccination_subject").execute().await().indefinitely();
    }

    static void insert(Pool pool, SubjectData subject, String provinceCode, int version) {
        pool.preparedQuery("INSERT INTO vaccination_subject (subject_id, full_name, date_of_birth, gender, id_number,"
                        + " commune_code, province_code, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
                .execute(Tuple.tuple().addString(subject.subjectId()).addString(subject.fullName())
                        .addString(subject.dateOfBirth()).addString(subject.gender()).addString(subject.idNumber())
                        .addString(subject.communeCode()).addString(provinceCode).addInteger(version))
                .await().indefinitely();
    }
}
