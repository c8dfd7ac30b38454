package vn.vaxpass.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

@QuarkusTest
class ThrottleStoreCountsPerScopeAndWindow {

    // 10:07 into a 1-hour window that started at 10:00.
    private static final Instant NOW = Instant.parse("2026-05-01T10:07:00Z");

    @Inject
    ThrottleStore throttle;

    @Inject
    LookupSettings settings;

    @Inject
    Pool pool;

    @Test
    void refusesTheCallAfterTheLimitUntilTheWindowEnds() {
        String phone = LookupRows.freshPhone();
        for (int i = 0; i < settings.phoneLimit(); i++) {
            throttle.count(ThrottleScope.PHONE, phone, NOW).await().indefinitely();
        }
        LookupThrottledException refused = catchThrowableOfType(LookupThrottledException.class,
                () -> throttle.count(ThrottleScope.PHONE, phone, NOW.plusSeconds(5)).await().indefinitely());
        assertThat(refused.scope()).isEqualTo(ThrottleScope.PHONE);
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(53).minusSeconds(5));

        throttle.count(ThrottleScope.PHONE, phone, Instant.parse("2026-05-01T11:00:00Z")).await().indefinitely();
    }

    @Test
    void countsEachScopeAndValueApart() {
        String value = LookupRows.freshIdNumber();
        for (int i = 0; i < settings.phoneLimit(); i++) {
            throttle.count(ThrottleScope.PHONE, value, NOW).await().indefinitely();
        }
        throttle.count(ThrottleScope.ID_NUMBER, value, NOW).await().indefinitely();
        throttle.count(ThrottleScope.PHONE, LookupRows.freshIdNumber(), NOW).await().indefinitely();
    }

    @Test
    void countsTwoScopesInOneStatementAndNamesTheOneOverItsLimit() {
        String client = "198.51.100." + LookupRows.freshPhone().substring(7);
        String phone = LookupRows.freshPhone();
        for (int i = 0; i < settings.phoneLimit(); i++) {
            throttle.count(NOW, List.of(new ThrottleStore.Hit(ThrottleScope.CLIENT, client),
                    new ThrottleStore.Hit(ThrottleScope.PHONE, phone))).await().indefinitely();
        }
        LookupThrottledException refused = catchThrowableOfType(LookupThrottledException.class,
                () -> throttle.count(NOW, List.of(new ThrottleStore.Hit(ThrottleScope.CLIENT, client),
                        new ThrottleStore.Hit(ThrottleScope.PHONE, phone))).await().indefinitely());
        assertThat(refused.scope()).isEqualTo(ThrottleScope.PHONE);

        // The client was counted by every call, the refused one included.
        int clientCalls = settings.phoneLimit() + 1;
        for (int i = clientCalls; i < settings.clientLimit(); i++) {
            throttle.count(ThrottleScope.CLIENT, client, NOW).await().indefinitely();
        }
        assertThat(catchThrowableOfType(LookupThrottledException.class,
                () -> throttle.count(ThrottleScope.CLIENT, client, NOW).await().indefinitely()).scope())
                .isEqualTo(ThrottleScope.CLIENT);
    }

    @Test
    void theCountsTableKeepsNoWriteAheadLog() {
        assertThat(new LookupRows(pool).count(
                "SELECT count(*) FROM pg_class WHERE relname = 'lookup_throttle' AND relpersistence = 'u'")).isOne();
    }

    @Test
    void aLaggingClockDoesNotMoveTheWindowBack() {
        String phone = LookupRows.freshPhone();
        for (int i = 0; i < settings.phoneLimit(); i++) {
            throttle.count(ThrottleScope.PHONE, phone, NOW).await().indefinitely();
        }
        assertThat(catchThrowableOfType(LookupThrottledException.class,
                () -> throttle.count(ThrottleScope.PHONE, phone, NOW.minus(Duration.ofHours(1))).await().indefinitely()))
                .isNotNull();
    }

    @Test
    void storesNoValueButItsKeyedHash() {
        String phone = LookupRows.freshPhone();
        throttle.count(ThrottleScope.PHONE, phone, NOW).await().indefinitely();
        LookupRows rows = new LookupRows(pool);
        assertThat(rows.count("SELECT count(*) FROM lookup_throttle WHERE position(convert_to($1, 'UTF8') IN key_hash) > 0",
                phone)).isZero();
        assertThat(rows.count("SELECT count(*) FROM lookup_throttle WHERE scope = 'PHONE'")).isPositive();
    }

    @Test
    void windowsAlignToTheEpoch() {
        assertThat(ThrottleStore.windowStart(NOW, Duration.ofHours(1))).isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
        assertThat(ThrottleStore.windowStart(NOW, Duration.ofMinutes(10))).isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
        assertThat(ThrottleStore.retryAfter(NOW.plusMillis(1), NOW)).isEqualTo(Duration.ofSeconds(1));
    }
}
