package vn.vaxpass.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.vaxpass.shared.ValidityWindow;

/** Due exactly when the window containing now ends within the notice; the SQL pre-filter never keeps a due anchor out. */
class NoticePeriodFindsEveryWindowEndingSoon {

    private static final Instant NOW = Instant.parse("2026-06-10T03:00:00Z");

    @Test
    void aWindowEndingWithinTheNoticeIsDueWithItsNextStart() {
        NoticePeriod period = NoticePeriod.of(NOW, 30);
        Instant anchor = Instant.parse("2024-07-01T02:00:00Z");

        assertThat(period.nextWindowStart(anchor)).contains(Instant.parse("2026-07-01T02:00:00Z"));
    }

    @Test
    void aWindowEndingLaterIsNotDueYet() {
        NoticePeriod period = NoticePeriod.of(NOW, 30);

        assertThat(period.nextWindowStart(Instant.parse("2025-08-01T02:00:00Z"))).isEmpty();
        assertThat(period.nextWindowStart(Instant.parse("2026-06-01T02:00:00Z"))).as("anchored last week").isEmpty();
        assertThat(period.nextWindowStart(Instant.parse("2026-07-01T02:00:00Z"))).as("anchored after now").isEmpty();
    }

    @Test
    void theMonthDaysWrapAroundNewYear() {
        NoticePeriod period = NoticePeriod.of(Instant.parse("2026-12-20T03:00:00Z"), 30);

        assertThat(period.monthDayRanges()).containsExactly(new NoticePeriod.MonthDayRange(1220, 1231),
                new NoticePeriod.MonthDayRange(101, 120));
    }

    @Test
    void aLeapDayAnchorEndingOnTheTwentyEighthIsFound() {
        // Windows from 29 February 2024 start on 28 February from 2025 on; the anchor's MMDD is 229.
        Instant anchor = LocalDate.of(2024, 2, 29).atTime(10, 0).atZone(ValidityWindow.VIETNAM).toInstant();
        NoticePeriod period = NoticePeriod.of(LocalDate.of(2027, 1, 29).atTime(10, 0).atZone(ValidityWindow.VIETNAM)
                .toInstant(), 30);

        assertThat(period.nextWindowStart(anchor)).contains(
                LocalDate.of(2027, 2, 28).atTime(10, 0).atZone(ValidityWindow.VIETNAM).toInstant());
        assertThat(prefilterKeeps(period, anchor)).isTrue();
    }

    @Test
    void theNoticeCoversAtLeastADay() {
        assertThatThrownBy(() -> NoticePeriod.of(NOW, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("notice-days");
    }

    @Test
    void everyDueAnchorPassesThePrefilter() {
        Random random = new Random(20260610);
        int due = 0;
        for (int i = 0; i < 200_000; i++) {
            Instant now = Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofMinutes(random.nextInt(366 * 24 * 60 * 3)));
            Instant anchor = now.minus(Duration.ofMinutes(random.nextInt(5 * 366 * 24 * 60)));
            NoticePeriod period = NoticePeriod.of(now, 1 + random.nextInt(90));
            if (period.nextWindowStart(anchor).isPresent()) {
                due++;
                assertThat(prefilterKeeps(period, anchor)).as("anchor %s at %s", anchor, now).isTrue();
            }
        }
        assertThat(due).as("due cases exercised").isGreaterThan(10_000);
    }

    /** What RenewalStore.ANCHORS asks PostgreSQL: an MMDD in a range, and anchored no later than latestAnchor. */
    private static boolean prefilterKeeps(NoticePeriod period, Instant anchor) {
        int monthDay = NoticePeriod.monthDay(LocalDate.ofInstant(anchor, ValidityWindow.VIETNAM));
        return !anchor.isAfter(period.latestAnchor()) && period.monthDayRanges().stream()
                .anyMatch(range -> range.from() <= monthDay && monthDay <= range.to());
    }
}
