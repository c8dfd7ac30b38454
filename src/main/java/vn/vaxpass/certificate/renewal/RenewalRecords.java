package vn.vaxpass.certificate.renewal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * What renewal reads and writes in PostgreSQL: the anchors the scan looks at (a page at a time, by keyset), and the
 * renewals handled ({@code certificate_renewal}, one row per subject and window, written once).
 */
@ApplicationScoped
public class RenewalRecords {

    /** The anchor's month and day in Vietnam as MMDD: the expression of the index certificate_anchor_month_day. */
    static final String MONTH_DAY = "((date_part('month', a.first_signed_at AT TIME ZONE 'Asia/Ho_Chi_Minh') * 100"
            + " + date_part('day', a.first_signed_at AT TIME ZONE 'Asia/Ho_Chi_Minh'))::integer)";

    static final String ANCHORS = "SELECT " + MONTH_DAY + ", a.subject_id, a.first_signed_at FROM certificate_anchor a"
            + " WHERE (" + MONTH_DAY + ", a.subject_id) > ($1, $2) AND " + MONTH_DAY + " <= $3"
            + " AND a.first_signed_at <= $4"
            + " AND NOT EXISTS (SELECT 1 FROM certificate_renewal r WHERE r.subject_id = a.subject_id"
            + " AND r.window_start > $5)"
            + " ORDER BY " + MONTH_DAY + ", a.subject_id LIMIT $6";

    static final String ANCHOR_AND_RENEWAL = "SELECT a.first_signed_at, r.outcome FROM certificate_anchor a"
            + " LEFT JOIN certificate_renewal r ON r.subject_id = a.subject_id AND r.window_start = $2"
            + " WHERE a.subject_id = $1";

    static final String INSERT_RENEWAL = "INSERT INTO certificate_renewal (subject_id, window_start, outcome, uvci,"
            + " reasons, handled_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (subject_id, window_start) DO NOTHING";

    /** One anchor as the scan reads it; {@code monthDay} is the keyset's first half. */
    public record Anchor(int monthDay, String subjectId, Instant firstSignedAt) {
    }

    /** A subject's anchor and whether the renewal for one window was handled; empty when the subject has no anchor. */
    public record RenewalState(Instant anchor, boolean handled) {
    }

    /** What handling a renewal-due message decided, as written. */
    public record Handled(String subjectId, Instant windowStart, RenewalOutcome outcome, String uvci, String reasons,
            Instant handledAt) {
    }

    private final Pool pool;

    @Inject
    public RenewalRecords(Pool pool) {
        this.pool = pool;
    }

    /**
     * Up to {@code limit} anchors after {@code after} (in MMDD, subject id order) with an MMDD up to {@code to},
     * signed first no later than {@code latestAnchor}, whose subject has no renewal handled for a window starting after
     * {@code now} (the window containing now cannot start after it, so that is the next one).
     */
    public Uni<List<Anchor>> anchors(Anchor after, int to, Instant latestAnchor, Instant now, int limit) {
        Tuple parameters = Tuple.tuple().addInteger(after.monthDay()).addString(after.subjectId()).addInteger(to)
                .addOffsetDateTime(utc(latestAnchor)).addOffsetDateTime(utc(now)).addInteger(limit);
        return pool.preparedQuery(ANCHORS).execute(parameters).map(rows -> {
            List<Anchor> page = new ArrayList<>(rows.size());
            for (Row row : rows) {
                page.add(new Anchor(row.getInteger(0), row.getString(1), row.getOffsetDateTime(2).toInstant()));
            }
            return page;
        });
    }

    public Uni<Optional<RenewalState>> state(String subjectId, Instant windowStart) {
        return pool.preparedQuery(ANCHOR_AND_RENEWAL).execute(Tuple.of(subjectId, utc(windowStart))).map(rows -> {
            var found = rows.iterator();
            if (!found.hasNext()) {
                return Optional.empty();
            }
            Row row = found.next();
            return Optional.of(new RenewalState(row.getOffsetDateTime(0).toInstant(), row.getString(1) != null));
        });
    }

    /** Writes the renewal as handled; {@code false} when another delivery wrote it first. */
    public Uni<Boolean> handled(Handled renewal) {
        Tuple row = Tuple.tuple().addString(renewal.subjectId()).addOffsetDateTime(utc(renewal.windowStart()))
                .addString(renewal.outcome().name()).addString(renewal.uvci()).addString(renewal.reasons())
                .addOffsetDateTime(utc(renewal.handledAt()));
        return pool.preparedQuery(INSERT_RENEWAL).execute(row).map(rows -> rows.rowCount() == 1);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
