package vn.vaxpass.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.vaccination.VaccinationSubject;

/** The schema as Flyway makes it: results keep their history, the latest per subject is one query away. */
@QuarkusTest
class MatchResultsKeepTheirHistory {

    @Inject
    Pool pool;

    @Test
    void theLatestResultIsTheNewest() throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> subject("S-1").persist()
                .chain(() -> result("S-1", MatchStatus.MISMATCH, Instant.parse("2022-01-01T00:00:00Z")).persist())
                .chain(() -> result("S-1", MatchStatus.VERIFIED, Instant.parse("2022-02-01T00:00:00Z")).persist())));

        long count = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> MatchResult.count("subjectId", "S-1")));
        String latest = pool.preparedQuery("SELECT status FROM latest_match_result WHERE subject_id = $1")
                .execute(Tuple.of("S-1")).await().indefinitely().iterator().next().getString("status");

        assertThat(count).isEqualTo(2);
        assertThat(latest).isEqualTo("VERIFIED");
    }

    private static VaccinationSubject subject(String id) {
        VaccinationSubject subject = new VaccinationSubject();
        subject.subjectId = id;
        subject.fullName = "Đặng Văn Đức";
        subject.dateOfBirth = "07/03/1985";
        subject.gender = "Nam";
        subject.communeCode = "0100004";
        subject.provinceCode = "01";
        return subject;
    }

    private static MatchResult result(String subjectId, MatchStatus status, Instant at) {
        MatchResult result = new MatchResult();
        result.subjectId = subjectId;
        result.subjectVersion = 1;
        result.status = status;
        result.matchedAt = at;
        return result;
    }
}
