package vn.vaxpass.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The scan sends one message per subject whose window ends within the notice (30 days), with the next window's start,
 * and none for windows ending later (even by a day), subjects already handled for their next window, or anchors of this
 * year. Pages of
 * two anchors (test configuration) make every page boundary count.
 */
@QuarkusTest
class RenewalScanEmitsOneMessagePerSubjectDue {

    /** A day no other test anchors on, far from the others' anchors' month-days. */
    private static final Instant NOW = Instant.parse("2031-10-10T03:00:00Z");

    @Inject
    Pool pool;

    @Inject
    RenewalScan scan;

    @Inject
    RecordingRenewalQueues.Due queue;

    private RenewalRows rows;

    @BeforeEach
    void setUp() {
        rows = new RenewalRows(pool);
        queue.take();
    }

    @Test
    void oneMessagePerSubjectDueWithTheNextWindowsStart() {
        String inTenDays = rows.eligible(Instant.parse("2029-10-20T01:00:00Z"));
        String inTwentyNineDays = rows.eligible(Instant.parse("2030-11-08T01:00:00Z"));
        String ineligible = rows.withUnconfirmedDose(Instant.parse("2028-10-15T05:00:00Z"));
        String inSixtyDays = rows.eligible(Instant.parse("2030-12-09T01:00:00Z"));
        String thisYear = rows.eligible(Instant.parse("2031-10-01T01:00:00Z"));
        String aDayAfterTheNotice = rows.eligible(Instant.parse("2030-11-10T01:00:00Z"));
        String handled = rows.eligible(Instant.parse("2030-10-25T01:00:00Z"));
        pool.preparedQuery("INSERT INTO certificate_renewal (subject_id, window_start, outcome, uvci, handled_at)"
                        + " VALUES ($1, $2, 'RENEWED', 'URN:UVCI:01:VN:TEST', $3)")
                .execute(Tuple.of(handled, Instant.parse("2031-10-25T01:00:00Z").atOffset(ZoneOffset.UTC),
                        NOW.atOffset(ZoneOffset.UTC))).await().indefinitely();

        RenewalScan.Counts counts = scan.scan(NOW);

        List<RenewalDue> sent = queue.take();
        List<String> mine = List.of(inTenDays, inTwentyNineDays, ineligible, inSixtyDays, thisYear, aDayAfterTheNotice,
                handled);
        assertThat(sent).filteredOn(due -> mine.contains(due.subjectId())).containsExactlyInAnyOrder(
                RenewalDue.of(inTenDays, Instant.parse("2031-10-20T01:00:00Z")),
                RenewalDue.of(inTwentyNineDays, Instant.parse("2031-11-08T01:00:00Z")),
                RenewalDue.of(ineligible, Instant.parse("2031-10-15T05:00:00Z")));
        assertThat(sent).extracting(RenewalDue::subjectId).doesNotHaveDuplicates();
        assertThat(counts.due()).as("other tests' anchors may be due too").isEqualTo(sent.size());
        assertThat(counts.sent()).isEqualTo(sent.size());
        assertThat(counts.notSent()).isZero();
        assertThat(counts.anchorsRead()).as("the pre-filter lets the window ending a day after the notice through; Java drops it")
                .isGreaterThan(counts.due());
    }

    @Test
    void theScanDeletesTheKeptCertificatesOfWindowsThatEnded() {
        String subject = rows.eligible(Instant.parse("2029-12-01T01:00:00Z"));
        keep(subject, Instant.parse("2029-12-01T01:00:00Z"), Instant.parse("2030-12-01T01:00:00Z"));
        keep(subject, Instant.parse("2030-12-01T01:00:00Z"), Instant.parse("2031-12-01T01:00:00Z"));

        scan.scan(NOW);

        assertThat(pool.preparedQuery("SELECT window_start FROM certificate_signed WHERE subject_id = $1")
                .execute(Tuple.of(subject)).await().indefinitely().iterator().next().getOffsetDateTime(0).toInstant())
                .as("only the window still running is kept").isEqualTo(Instant.parse("2030-12-01T01:00:00Z"));
        assertThat(pool.preparedQuery("SELECT count(*) FROM certificate_signed WHERE subject_id = $1")
                .execute(Tuple.of(subject)).await().indefinitely().iterator().next().getLong(0)).isEqualTo(1);
    }

    private void keep(String subject, Instant start, Instant end) {
        pool.preparedQuery("INSERT INTO certificate_signed (subject_id, window_start, expires_at, uvci, content_hash,"
                        + " key_id, hc1, signed_at) VALUES ($1, $2, $3, 'URN:UVCI:01:VN:TEST', sha256($1::bytea),"
                        + " '\\x0102030405060708'::bytea, 'HC1:TEST', $2)")
                .execute(Tuple.of(subject, start.atOffset(ZoneOffset.UTC), end.atOffset(ZoneOffset.UTC)))
                .await().indefinitely();
    }

    @Test
    void aSubjectStaysDueUntilItsRenewalIsHandled() {
        String subject = rows.eligible(Instant.parse("2030-10-30T01:00:00Z"));

        scan.scan(NOW);
        scan.scan(NOW.plus(Duration.ofDays(1)));

        assertThat(queue.take()).filteredOn(due -> due.subjectId().equals(subject)).hasSize(2)
                .allMatch(due -> due.windowStart().equals(Instant.parse("2031-10-30T01:00:00Z")));
    }
}
