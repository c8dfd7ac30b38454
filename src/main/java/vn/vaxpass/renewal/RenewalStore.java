package vn.vaxpass.renewal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.subject.SubjectStore;

/**
 * What renewal reads and writes in PostgreSQL: the anchors the scan looks at (a page at a time, by keyset), and the
 * renewals handled ({@code certificate_renewal}, one row per subject and window, written once).
 */
@ApplicationScoped
public class RenewalStore {

    /** The anchor's month and day in Vietnam as MMDD: the expression of the index certificate_anchor_month_day. */
    static final String MONTH_DAY = "((date_part('month', a.first_signed_at AT TIME ZONE 'Asia/Ho_Chi_Minh') * 100"
            + " + date_part('day', a.first_signed_at AT TIME ZONE 'Asia/Ho_Chi_Minh'))::integer)";

    static final String ANCHORS = "SELECT " + MONTH_DAY + ", a.subject_id, a.first_signed_at FROM certificate_anchor a"
            + " WHERE (" + MONTH_DAY + ", a.subject_id) > ($1, $2) AND " + MONTH_DAY + " <= $3"
            + " AND a.first_signed_at <= $4"
            + " AND NOT EXISTS (SELECT 1 FROM certificate_renewal r WHERE r.subject_id = a.subject_id"
            + " AND r.window_start > $5)"
            + " ORDER BY " + MONTH_DAY + ", a.subject_id LIMIT $6";

    /** Each asked (subject, window) with its anchor and that window's renewal; none for a subject without an anchor. */
    static final String ANCHORS_AND_RENEWALS = "SELECT t.i, a.first_signed_at, r.outcome, s.phone"
            + " FROM UNNEST($1::text[], $2::timestamptz[]) WITH ORDINALITY AS t(subject_id, window_start, i)"
            + " JOIN certificate_anchor a ON a.subject_id = t.subject_id"
            + " LEFT JOIN certificate_renewal r ON r.subject_id = t.subject_id AND r.window_start = t.window_start"
            + " LEFT JOIN vaccination_subject s ON s.subject_id = t.subject_id";

    static final String INSERT_RENEWALS = "INSERT INTO certificate_renewal (subject_id, window_start, outcome, uvci,"
            + " reasons, handled_at) SELECT t.* FROM UNNEST($1::text[], $2::timestamptz[], $3::text[], $4::text[],"
            + " $5::text[], $6::timestamptz[]) AS t(subject_id, window_start, outcome, uvci, reasons, handled_at)"
            // A subject deleted since its state was read: its row is left out, not the whole batch failed on the key.
            + " WHERE " + SubjectStore.exists("t.subject_id")
            + " ON CONFLICT (subject_id, window_start) DO NOTHING RETURNING subject_id, window_start";

    /** One anchor as the scan reads it; {@code monthDay} is the keyset's first half. */
    public record Anchor(int monthDay, String subjectId, Instant firstSignedAt) {
    }

    /**
     * A subject's anchor, whether the renewal for one window was handled, and the phone the subject's record holds
     * (null when none, to text the outcome to); empty when the subject has no anchor.
     */
    public record RenewalState(Instant anchor, boolean handled, String phone) {
    }

    /** What handling a renewal-due message decided, as written. */
    public record Handled(String subjectId, Instant windowStart, RenewalOutcome outcome, String uvci, String reasons,
            Instant handledAt) {
    }

    private final Pool pool;

    @Inject
    public RenewalStore(Pool pool) {
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

    /**
     * Each renewal-due message's subject anchor and whether its window's renewal was handled, in the messages' order;
     * empty for a subject that has no anchor (or no longer exists). One statement for all.
     */
    public Uni<List<Optional<RenewalState>>> states(List<RenewalDue> messages) {
        int n = messages.size();
        String[] subjects = new String[n];
        OffsetDateTime[] windows = new OffsetDateTime[n];
        for (int i = 0; i < n; i++) {
            subjects[i] = messages.get(i).subjectId();
            windows[i] = utc(messages.get(i).windowStart());
        }
        return pool.preparedQuery(ANCHORS_AND_RENEWALS).execute(Tuple.of(subjects, windows)).map(rows -> {
            List<Optional<RenewalState>> states = new ArrayList<>(Collections.nCopies(n, Optional.empty()));
            for (Row row : rows) {
                states.set(row.getLong(0).intValue() - 1, Optional.of(new RenewalState(
                        row.getOffsetDateTime(1).toInstant(), row.getString(2) != null, row.getString(3))));
            }
            return states;
        });
    }

    /**
     * Writes the renewals as handled, in one statement; which of them this call wrote, by position (another delivery
     * may have written one first, or the subject be gone). The renewals must be of distinct (subject, window).
     */
    public Uni<boolean[]> handled(List<Handled> renewals) {
        int n = renewals.size();
        String[] subjects = new String[n];
        OffsetDateTime[] windows = new OffsetDateTime[n];
        String[] outcomes = new String[n];
        String[] uvcis = new String[n];
        String[] reasons = new String[n];
        OffsetDateTime[] handledAt = new OffsetDateTime[n];
        Map<String, Integer> positions = new HashMap<>();
        // In key order: two batches inserting some of the same keys then wait on each other in one order, never
        // in a cycle (a deadlock would abort one of them).
        List<Handled> inKeyOrder = renewals.stream().sorted(Comparator.comparing(Handled::subjectId)
                .thenComparing(Handled::windowStart)).toList();
        for (int i = 0; i < n; i++) {
            positions.put(key(renewals.get(i).subjectId(), renewals.get(i).windowStart()), i);
        }
        for (int i = 0; i < n; i++) {
            Handled renewal = inKeyOrder.get(i);
            subjects[i] = renewal.subjectId();
            windows[i] = utc(renewal.windowStart());
            outcomes[i] = renewal.outcome().name();
            uvcis[i] = renewal.uvci();
            reasons[i] = renewal.reasons();
            handledAt[i] = utc(renewal.handledAt());
        }
        Tuple rows = Tuple.tuple().addArrayOfString(subjects).addArrayOfOffsetDateTime(windows)
                .addArrayOfString(outcomes).addArrayOfString(uvcis).addArrayOfString(reasons)
                .addArrayOfOffsetDateTime(handledAt);
        return pool.preparedQuery(INSERT_RENEWALS).execute(rows).map(written -> {
            boolean[] wrote = new boolean[n];
            for (Row row : written) {
                Integer position = positions.get(key(row.getString(0), row.getOffsetDateTime(1).toInstant()));
                if (position != null) {
                    wrote[position] = true;
                }
            }
            return wrote;
        });
    }

    private static String key(String subjectId, Instant windowStart) {
        return subjectId + '@' + windowStart.getEpochSecond() + '.' + windowStart.getNano();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
