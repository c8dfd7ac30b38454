package vn.vaxpass.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Checks taken at once by many requests of one account never add up past the quota, a refused take uses nothing,
 * another account and another day are counted apart, and a refusal says when the next UTC day starts.
 */
@QuarkusTest
class RegistryQuotaNeverGrantsMoreThanTheDailyQuota {

    private static final String ACCOUNT = "quota-test-account";

    @Inject
    Pool pool;

    @Inject
    RegistryQuota quota;

    @Inject
    RegistryQuotaSettings settings;

    @BeforeEach
    void clean() {
        pool.query("TRUNCATE registry_quota").executeAndAwait();
    }

    @Test
    void concurrentTakesNeverGoPastTheQuota() {
        use(ACCOUNT, LocalDate.now(ZoneOffset.UTC), settings.dailyQuota() - 5);
        List<Uni<Boolean>> takes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            takes.add(quota.take(ACCOUNT, 1).map(nothing -> true)
                    .onFailure(RegistryQuotaExceededException.class).recoverWithItem(false));
        }

        List<Boolean> granted = Uni.join().all(takes).andFailFast().await().atMost(Duration.ofSeconds(30));

        assertThat(granted).filteredOn(Boolean::booleanValue).hasSize(5);
        assertThat(used(ACCOUNT, LocalDate.now(ZoneOffset.UTC))).isEqualTo(settings.dailyQuota());
    }

    @Test
    void aTakeThatDoesNotFitUsesNothing() {
        use(ACCOUNT, LocalDate.now(ZoneOffset.UTC), settings.dailyQuota() - 2);

        Throwable refused = quota.take(ACCOUNT, 3).onItem().<Throwable>transform(nothing -> null)
                .onFailure().recoverWithItem(failure -> failure).await().indefinitely();

        assertThat(refused).isInstanceOf(RegistryQuotaExceededException.class);
        assertThat(used(ACCOUNT, LocalDate.now(ZoneOffset.UTC))).isEqualTo(settings.dailyQuota() - 2);
        quota.take(ACCOUNT, 2).await().indefinitely();
        assertThat(used(ACCOUNT, LocalDate.now(ZoneOffset.UTC))).isEqualTo(settings.dailyQuota());
    }

    @Test
    void anotherAccountAndYesterdayAreCountedApart() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        use(ACCOUNT, today.minusDays(1), settings.dailyQuota());
        use(ACCOUNT + "-colleague", today, settings.dailyQuota());

        quota.take(ACCOUNT, 1).await().indefinitely();

        assertThat(used(ACCOUNT, today)).isEqualTo(1);
    }

    @Test
    void aRefusalSaysHowLongUntilTheNextUtcDay() {
        LocalDate day = LocalDate.of(2026, 12, 6);
        Instant lateEvening = day.atTime(23, 59, 58).toInstant(ZoneOffset.UTC).plusMillis(500);

        assertThat(RegistryQuota.untilTomorrow(lateEvening, day)).isEqualTo(Duration.ofSeconds(2));
        assertThat(RegistryQuota.untilTomorrow(day.atStartOfDay(ZoneOffset.UTC).toInstant(), day))
                .isEqualTo(Duration.ofDays(1));
    }

    private void use(String account, LocalDate day, int checks) {
        pool.preparedQuery("INSERT INTO registry_quota (account, day, used) VALUES ($1, $2, $3)")
                .executeAndAwait(Tuple.of(account, day, checks));
    }

    private long used(String account, LocalDate day) {
        return pool.preparedQuery("SELECT used FROM registry_quota WHERE account = $1 AND day = $2")
                .executeAndAwait(Tuple.of(account, day)).iterator().next().getInteger(0);
    }
}
