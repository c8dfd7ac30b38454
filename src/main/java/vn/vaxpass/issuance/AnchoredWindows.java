package vn.vaxpass.issuance;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import vn.vaxpass.shared.ValidityWindow;

/**
 * A subject's certificates follow one another in 12-month windows anchored at the first MoH signature: the first
 * window starts at the anchor, each next one where the previous one expires (start + 12 calendar months in
 * Asia/Ho_Chi_Minh, as the engine counts {@code exp}). So the windows never overlap and leave no gap.
 *
 * <p>Month ends: each start is the previous start plus 12 months, never the anchor plus 12·k months. From an
 * anchor on 31 January every window starts on 31 January; from 29 February the second window starts on 28
 * February and the windows stay there, since counting from the anchor would start a leap year's window on
 * 29 February, a day after the previous window expired.
 */
public final class AnchoredWindows {

    private AnchoredWindows() {
    }

    /**
     * The window containing {@code t}: start ≤ t &lt; next start (t at the very end of a window falls into the next
     * one). An instant before the anchor gets the first window.
     */
    public static ValidityWindow containing(Instant anchor, Instant t) {
        ZonedDateTime start = anchor.truncatedTo(ChronoUnit.SECONDS).atZone(ValidityWindow.VIETNAM);
        ZonedDateTime next = start.plusMonths(ValidityWindow.VALIDITY_MONTHS);
        while (!t.isBefore(next.toInstant())) {
            start = next;
            next = start.plusMonths(ValidityWindow.VALIDITY_MONTHS);
        }
        return new ValidityWindow(start.toInstant(), next.toInstant());
    }
}
