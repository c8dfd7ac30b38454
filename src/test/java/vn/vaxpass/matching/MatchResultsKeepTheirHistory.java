package vn.vaxpass.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** The schema as Flyway makes it: results keep their history, the latest per subject is one query away. */
@QuarkusTest
class MatchResultsKeepTheirHistory {

    @Inject
    Pool pool;

    @Test
    void theLatestResultIsTheNewest() {
        pool.withTransaction(connection -> connection.preparedQuery("""
                INSERT INTO vaccination_subject (subject_id, full_name, date_of_birth, gender, commune_code, province_code)
                VALUES ('S-1', 'Đặng Văn Đức', '07/03/1985', 'Nam', '0100004', '01')""").execute()
                .chain(() -> connection.preparedQuery("""
                        INSERT INTO match_result (id, subject_id, subject_version, status, matched_at)
                        VALUES (nextval('match_result_seq'), $1, 1, $2, $3), (nextval('match_result_seq'), $1, 1, $4, $5)""")
                        .execute(Tuple.of("S-1", MatchStatus.MISMATCH.name(), OffsetDateTime.parse("2022-01-01T00:00:00Z"),
                                MatchStatus.VERIFIED.name(), OffsetDateTime.parse("2022-02-01T00:00:00Z")))))
                .await().indefinitely();

        long count = pool.preparedQuery("SELECT count(*) FROM match_result WHERE subject_id = $1")
                .execute(Tuple.of("S-1")).await().indefinitely().iterator().next().getLong(0);
        String latest = pool.preparedQuery("SELECT status FROM latest_match_result WHERE subject_id = $1")
                .execute(Tuple.of("S-1")).await().indefinitely().iterator().next().getString("status");

        assertThat(count).isEqualTo(2);
        assertThat(latest).isEqualTo("VERIFIED");
    }
}
