package vn.vaxpass.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SmsSendTimesImitateRecentSends {

    @Test
    void imitatesAFixedPauseBeforeAnySend() {
        assertThat(new SmsSendTimes().imitation()).isEqualTo(SmsSendTimes.BEFORE_ANY_SEND);
    }

    @Test
    void drawsFromTheRecordedSendTimes() {
        SmsSendTimes times = new SmsSendTimes();
        times.record(Duration.ofMillis(7));
        times.record(Duration.ofMillis(23));
        Set<Duration> drawn = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            drawn.add(times.imitation());
        }
        assertThat(drawn).containsExactlyInAnyOrder(Duration.ofMillis(7), Duration.ofMillis(23));
    }

    @Test
    void keepsOnlyTheLatestSends() {
        SmsSendTimes times = new SmsSendTimes();
        for (int i = 0; i < SmsSendTimes.KEPT; i++) {
            times.record(Duration.ofMillis(100));
        }
        for (int i = 0; i < SmsSendTimes.KEPT; i++) {
            times.record(Duration.ofMillis(5));
        }
        for (int i = 0; i < 100; i++) {
            assertThat(times.imitation()).isEqualTo(Duration.ofMillis(5));
        }
    }

    @Test
    void neverPausesLessThanATimerCanWait() {
        SmsSendTimes times = new SmsSendTimes();
        times.record(Duration.ofNanos(300));
        assertThat(times.imitation()).isEqualTo(Duration.ofMillis(1));
    }
}
