package vn.vaxpass.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import vn.vaxpass.shared.ValidityWindow;

/** Windows of 12 calendar months in Vietnam, each starting where the previous one ends, month ends included. */
class AnchoredWindowsFollowOneAnotherWithoutGaps {

    private static Instant vietnam(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ValidityWindow.VIETNAM).toInstant();
    }

    @Test
    void theFirstWindowStartsAtTheAnchorAndLastsTwelveMonths() {
        Instant anchor = vietnam("2022-03-15T09:30:00");

        ValidityWindow window = AnchoredWindows.containing(anchor, vietnam("2022-10-01T00:00:00"));

        assertThat(window).isEqualTo(new ValidityWindow(anchor, vietnam("2023-03-15T09:30:00")));
        assertThat(window).isEqualTo(ValidityWindow.startingAt(anchor));
    }

    @Test
    void anInstantAtAWindowsEndBelongsToTheNextWindow() {
        Instant anchor = vietnam("2022-03-15T09:30:00");

        assertThat(AnchoredWindows.containing(anchor, vietnam("2023-03-15T09:29:59")).issuedAt()).isEqualTo(anchor);
        assertThat(AnchoredWindows.containing(anchor, vietnam("2023-03-15T09:30:00")).issuedAt())
                .isEqualTo(vietnam("2023-03-15T09:30:00"));
        assertThat(AnchoredWindows.containing(anchor, vietnam("2025-04-01T00:00:00")))
                .isEqualTo(new ValidityWindow(vietnam("2025-03-15T09:30:00"), vietnam("2026-03-15T09:30:00")));
    }

    @Test
    void anAnchorOnTheLastOfJanuaryKeepsItsDay() {
        Instant anchor = vietnam("2022-01-31T23:30:00");

        assertThat(AnchoredWindows.containing(anchor, vietnam("2023-01-31T23:29:59")).issuedAt()).isEqualTo(anchor);
        assertThat(AnchoredWindows.containing(anchor, vietnam("2024-02-15T00:00:00")))
                .isEqualTo(new ValidityWindow(vietnam("2024-01-31T23:30:00"), vietnam("2025-01-31T23:30:00")));
    }

    /** 03:00 on 29 February in Vietnam is 20:00 on the 28th in UTC: counted in UTC the window would end a day later. */
    @Test
    void monthsAreCountedOnVietnamsCalendar() {
        Instant anchor = vietnam("2024-02-29T03:00:00");
        assertThat(anchor).isEqualTo(Instant.parse("2024-02-28T20:00:00Z"));

        ValidityWindow first = AnchoredWindows.containing(anchor, anchor);

        assertThat(first.expiresAt()).isEqualTo(vietnam("2025-02-28T03:00:00"));
    }

    @Test
    void anAnchorOnTheTwentyNinthOfFebruaryLeavesNoGapInLaterLeapYears() {
        Instant anchor = vietnam("2024-02-29T10:00:00");
        Instant previousEnd = anchor;
        for (int year = 0; year < 9; year++) {
            ValidityWindow window = AnchoredWindows.containing(anchor, previousEnd);
            assertThat(window.issuedAt()).as("window %d starts where the previous ended", year).isEqualTo(previousEnd);
            assertThat(window).isEqualTo(ValidityWindow.startingAt(window.issuedAt()));
            previousEnd = window.expiresAt();
        }
        assertThat(AnchoredWindows.containing(anchor, vietnam("2028-02-28T12:00:00")).issuedAt())
                .isEqualTo(vietnam("2028-02-28T10:00:00"));
        assertThat(AnchoredWindows.containing(anchor, vietnam("2028-02-29T12:00:00")).issuedAt())
                .isEqualTo(vietnam("2028-02-28T10:00:00"));
    }

    @Test
    void everyInstantFallsIntoTheWindowThatContainsIt() {
        Instant anchor = vietnam("2021-08-31T17:45:12");
        for (Instant t = anchor; t.isBefore(anchor.plus(Duration.ofDays(3700))); t = t.plus(Duration.ofHours(97))) {
            ValidityWindow window = AnchoredWindows.containing(anchor, t);
            assertThat(window.contains(t)).isTrue();
            assertThat(t).isBefore(window.expiresAt());
        }
    }

    @Test
    void anInstantBeforeTheAnchorGetsTheFirstWindow() {
        Instant anchor = vietnam("2022-03-15T09:30:00");

        assertThat(AnchoredWindows.containing(anchor, anchor.minusSeconds(60)).issuedAt()).isEqualTo(anchor);
    }

    @Test
    void windowsStartOnWholeSeconds() {
        Instant anchor = Instant.parse("2022-03-15T02:30:00.750Z");

        assertThat(AnchoredWindows.containing(anchor, anchor).issuedAt()).isEqualTo(Instant.parse("2022-03-15T02:30:00Z"));
    }
}
