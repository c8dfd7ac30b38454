package vn.vaxpass.renewal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.shared.ValidityWindow;
import vn.vaxpass.confirmation.DoseConfirmations;
import vn.vaxpass.confirmation.VaccinationRows;

/** Subjects for renewal tests (here and in the function modules): anchored where a test needs, eligible or not. */
public final class RenewalRows {

    public final VaccinationRows rows;
    private final Pool pool;
    private final DoseConfirmations confirmations;

    public RenewalRows(Pool pool) {
        this.pool = pool;
        this.rows = new VaccinationRows(pool);
        this.confirmations = new DoseConfirmations(pool);
    }

    /** A verified subject with two doses, both confirmed, whose windows are anchored at {@code anchor}. */
    public String eligible(Instant anchor) {
        String id = rows.subject("Đặng Văn Đức", "07/03/1985");
        rows.verified(id);
        dose(id, 1, true);
        dose(id, 2, true);
        anchor(id, anchor);
        return id;
    }

    /** A verified subject whose second dose its facility has not confirmed. */
    public String withUnconfirmedDose(Instant anchor) {
        String id = rows.subject("Trần Thị Hoa", "1990");
        rows.verified(id);
        dose(id, 1, true);
        dose(id, 2, false);
        anchor(id, anchor);
        return id;
    }

    public void anchor(String subjectId, Instant at) {
        pool.preparedQuery("INSERT INTO certificate_anchor (subject_id, first_signed_at) VALUES ($1, $2)")
                .execute(Tuple.of(subjectId, at.atOffset(ZoneOffset.UTC))).await().indefinitely();
    }

    /** An anchor whose current window ends in {@code days} days from now (the real clock, whole seconds). */
    public static Instant anchorEndingIn(int days) {
        Instant end = Instant.now().plus(java.time.Duration.ofDays(days)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return end.atZone(ValidityWindow.VIETNAM).minusMonths(ValidityWindow.VALIDITY_MONTHS).toInstant();
    }

    /** The start of the window after the one {@link #anchorEndingIn} anchors. */
    public static Instant nextWindowStart(Instant anchor) {
        return anchor.atZone(ValidityWindow.VIETNAM).plusMonths(ValidityWindow.VALIDITY_MONTHS).toInstant();
    }

    private void dose(String subjectId, int number, boolean confirmed) {
        LocalDate day = VaccinationRows.freshDay();
        rows.dose(subjectId, number, 2, day, VaccinationRows.FACILITY);
        if (confirmed) {
            confirmations.confirmDay(VaccinationRows.FACILITY, day, "staff-1", Instant.parse("2025-07-01T03:00:00Z"))
                    .await().indefinitely();
        }
    }
}
