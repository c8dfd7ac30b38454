package vn.vaxpass.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** A challenge names the subjects a request matched: it is kept only as long as it can still be asked about. */
@QuarkusTest
class ChallengesAreDeletedADayAfterTheyExpire {

    @Inject
    ChallengeStore challenges;

    @Inject
    ChallengeRetention retention;

    @Inject
    Clock clock;

    @Inject
    Pool pool;

    @Test
    void aChallengeExpiredMoreThanADayAgoIsDeletedAndARecentOneIsKept() {
        UUID old = UUID.randomUUID();
        UUID expiredToday = UUID.randomUUID();
        UUID live = UUID.randomUUID();
        challenges.create(old, "111111", List.of("S-OLD"), clock.instant().minus(Duration.ofDays(2))).await().indefinitely();
        challenges.create(expiredToday, "222222", List.of("S-TODAY"), clock.instant().minus(Duration.ofHours(2)))
                .await().indefinitely();
        challenges.create(live, "333333", List.of("S-LIVE"), clock.instant()).await().indefinitely();

        int deleted = retention.purge();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(exists(old)).isFalse();
        assertThat(exists(expiredToday)).isTrue();
        assertThat(exists(live)).isTrue();
    }

    private boolean exists(UUID id) {
        return pool.preparedQuery("SELECT 1 FROM lookup_challenge WHERE id = $1").execute(Tuple.of(id))
                .await().indefinitely().size() == 1;
    }
}
