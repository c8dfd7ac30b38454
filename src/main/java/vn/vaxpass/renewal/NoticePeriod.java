package vn.vaxpass.renewal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import vn.vaxpass.shared.ValidityWindow;
import vn.vaxpass.issuance.AnchoredWindows;

/**
 * The rule "a subject is due for renewal when the window containing now ends within the notice period"
 * ({@code (now, now + notice days]}), and the pre-filter the scan gives PostgreSQL for it.
 *
 * <p>Windows follow one another every 12 calendar months in Asia/Ho_Chi_Minh (AnchoredWindows), so a window ends on
 * the local month and day of its anchor (a 29 February anchor's windows end on 28 February from the second on). The
 * pre-filter keeps the anchors whose month and day, as {@code MMDD}, lie between today's and the day after the period
 * end's (two ranges across New Year), and that are old enough for their first window to end within the period. It may let
 * through an anchor that is not due, never keep one out that is: {@link #nextWindowStart} decides exactly.
 */
public record NoticePeriod(Instant now, Instant end) {

    /** An {@code MMDD} value: 101 for 1 January, 1231 for 31 December. */
    public record MonthDayRange(int from, int to) {
    }

    private static final int FIRST_MONTH_DAY = 101;
    private static final int LAST_MONTH_DAY = 1231;

    public static NoticePeriod of(Instant now, int noticeDays) {
        if (noticeDays < 1) {
            throw new IllegalArgumentException("vaxpass.renewal.notice-days must be at least 1, not " + noticeDays);
        }
        return new NoticePeriod(now, now.plus(Duration.ofDays(noticeDays)));
    }

    /**
     * The next window's start when the window containing now ends within the period, else empty. Before the anchor
     * (a clock set back) nothing is due.
     */
    public Optional<Instant> nextWindowStart(Instant anchor) {
        if (now.isBefore(anchor)) {
            return Optional.empty();
        }
        ValidityWindow current = AnchoredWindows.containing(anchor, now);
        return current.expiresAt().isAfter(end) ? Optional.empty() : Optional.of(current.expiresAt());
    }

    /** Anchors after this cannot have a window ending within the period (their first ends 12 months on). */
    public Instant latestAnchor() {
        return end.atZone(ValidityWindow.VIETNAM).minusMonths(ValidityWindow.VALIDITY_MONTHS).plusDays(1).toInstant();
    }

    /** The anchors' local month-days ({@code MMDD}) to read: one range, or two across New Year, or the whole year. */
    public List<MonthDayRange> monthDayRanges() {
        LocalDate first = LocalDate.ofInstant(now, ValidityWindow.VIETNAM);
        // A day more: a 29 February anchor's window ending on 28 February has the MMDD 229.
        LocalDate last = LocalDate.ofInstant(end, ValidityWindow.VIETNAM).plusDays(1);
        if (!first.plusYears(1).isAfter(last)) {
            return List.of(new MonthDayRange(FIRST_MONTH_DAY, LAST_MONTH_DAY));
        }
        int from = monthDay(first);
        int to = monthDay(last);
        if (from <= to) {
            return List.of(new MonthDayRange(from, to));
        }
        return List.of(new MonthDayRange(from, LAST_MONTH_DAY), new MonthDayRange(FIRST_MONTH_DAY, to));
    }

    static int monthDay(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        return day.getMonthValue() * 100 + day.getDayOfMonth();
    }
}
