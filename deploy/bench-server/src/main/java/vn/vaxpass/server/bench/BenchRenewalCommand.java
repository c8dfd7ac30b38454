package vn.vaxpass.server.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Unremovable;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import vn.vaxpass.shared.ValidityWindow;
import vn.vaxpass.renewal.RenewalScan;
import vn.vaxpass.confirmation.DoseConfirmations;
import vn.vaxpass.server.VaxpassSubcommand;
import vn.vaxpass.server.certificate.CommandOutput;
import vn.vaxpass.server.registry.Seconds;
import vn.vaxpass.signing.Signer;

/**
 * {@code vaxpass bench-renewal}: the renewal scan and pre-computation for many subjects, timed through the real path:
 * scan → certificate-renewal-due (embedded ElasticMQ) → the server's consumers → certificate noted → citizen-notification
 * queue. Seeds eligible subjects (verified, two confirmed doses) anchored so that every one is due within the notice,
 * once; before each run, removes the previous run's renewals and notes (untimed). A run ends when every subject's
 * renewal is handled and its notification is in the queue. Prints one JSON line per run and the median of the runs
 * after the warm-up. Runs in a
 * database of its own: {@code VAXPASS_DATABASE}, else {@value #DATABASE} (created if missing).
 */
@Dependent
@Unremovable
@Command(name = BenchRenewalCommand.NAME, description = "Time the renewal scan and pre-computation through the queues; JSON lines, median of the runs.")
public class BenchRenewalCommand implements Callable<Integer>, VaxpassSubcommand {

    static final String NAME = "bench-renewal";
    /** Its database unless VAXPASS_DATABASE names another (BenchMain). */
    static final String DATABASE = "vaxpass_bench_renewal";
    /** The server's SQS channels it keeps: the consumers of certificate-renewal-due. The scan and the renewals send in
     *  batches, without a channel (SqsBatches). */
    static final List<String> CHANNELS = List.of("incoming.renewal-due-in");
    /** Bench subjects' ids start with this, so that a run touches only them. */
    static final String PREFIX = "RB-";
    static final String FACILITY = "BENCH-RENEWAL";
    /** Doses spread over this many days: one confirmation per day, like a facility's. */
    static final int DOSE_DAYS = 200;
    private static final int SEED_BATCH = 5_000;
    private static final Duration PATIENCE = Duration.ofMinutes(30);

    private static final String INSERT_SUBJECTS = "INSERT INTO vaccination_subject (subject_id, full_name, date_of_birth,"
            + " gender, id_number, commune_code, province_code) SELECT s, 'Nguyễn Văn An', '1980', 'Nam', NULL, '00001', '00'"
            + " FROM UNNEST($1::text[]) AS s ON CONFLICT (subject_id) DO NOTHING RETURNING subject_id";
    private static final String INSERT_MATCHES = "INSERT INTO match_result (id, subject_id, subject_version, status,"
            + " matched_at) SELECT nextval('match_result_seq'), s, 1, 'VERIFIED', now() FROM UNNEST($1::text[]) AS s";
    private static final String INSERT_DOSES = "INSERT INTO dose (id, subject_id, dose_number, total_doses, vaccinated_on,"
            + " product, manufacturer, prophylaxis, lot, facility_code) SELECT nextval('dose_seq'), s, n, 2, d,"
            + " 'EU/1/20/1528', 'ORG-100030215', 'J07BX03', 'FF2587', '" + FACILITY + "'"
            + " FROM UNNEST($1::text[], $2::int[], $3::date[]) AS t(s, n, d)";
    private static final String INSERT_ANCHORS = "INSERT INTO certificate_anchor (subject_id, first_signed_at)"
            + " SELECT s, a FROM UNNEST($1::text[], $2::timestamptz[]) AS t(s, a)"
            + " ON CONFLICT (subject_id) DO UPDATE SET first_signed_at = EXCLUDED.first_signed_at";

    @Option(names = "--subjects", defaultValue = "100000", description = "Subjects due (default ${DEFAULT-VALUE}).")
    int subjects;

    @Mixin
    MeasuredRuns measured = new MeasuredRuns(1, 1);

    private final Pool pool;
    private final RenewalScan scan;
    private final DoseConfirmations confirmations;
    private final Signer signer;
    private final Clock clock;
    private final ObjectMapper json;

    @Inject
    public BenchRenewalCommand(Pool pool, RenewalScan scan, DoseConfirmations confirmations, Signer signer, Clock clock, ObjectMapper json) {
        this.pool = pool;
        this.scan = scan;
        this.confirmations = confirmations;
        this.signer = signer;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public Integer call() {
        Instant now = clock.instant();
        Instant latestEnd = now.plus(Duration.ofDays(30)).atZone(ValidityWindow.VIETNAM)
                .plusMonths(ValidityWindow.VALIDITY_MONTHS).toInstant();
        if (signer.certificate().getNotAfter().toInstant().isBefore(latestEnd)) {
            System.err.println("bench-renewal: the signing certificate ends before the renewed windows do ("
                    + signer.certificate().getNotAfter().toInstant() + "); use a DSC valid until " + latestEnd
                    + " (development keys: remove the key directory to generate new ones)");
            return 2;
        }
        seed(now);
        List<Double> rates = new ArrayList<>();
        for (int run = 1; run <= measured.total(); run++) {
            reset();
            long start = System.nanoTime();
            RenewalScan.Counts counts = scan.scan();
            double scanSeconds = Seconds.since(start);
            awaitHandled(start);
            awaitNotifications(start);
            double seconds = Seconds.since(start);
            Map<String, Object> line = measured.lineOf(run);
            line.put("subjects", subjects);
            line.put("due", counts.due());
            line.put("scanSeconds", scanSeconds);
            line.put("seconds", seconds);
            line.put("subjectsPerSecond", Seconds.perSecond(subjects, seconds));
            CommandOutput.print(json, line);
            if (!measured.isWarmup(run)) {
                rates.add(subjects / seconds);
            }
        }
        rates.sort(null);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("step", "bench");
        summary.put("subjects", subjects);
        summary.put("runs", rates.size());
        summary.put("medianSeconds", Math.round(subjects / BenchRuns.median(rates) * 1000) / 1000.0);
        summary.put("medianSubjectsPerSecond", Math.round(BenchRuns.median(rates)));
        summary.put("processors", Runtime.getRuntime().availableProcessors());
        CommandOutput.print(json, summary);
        return 0;
    }

    /** Eligible subjects, once; their anchors moved every time so that each is due within the notice from now. */
    private void seed(Instant now) {
        long start = System.nanoTime();
        long existing = count("SELECT count(*) FROM vaccination_subject WHERE subject_id LIKE '" + PREFIX + "%'");
        if (existing < subjects) {
            for (int from = 0; from < subjects; from += SEED_BATCH) {
                seedSubjects(from, Math.min(subjects, from + SEED_BATCH));
            }
            for (int day = 0; day < DOSE_DAYS; day++) {
                confirmations.confirmDay(FACILITY, doseDay(day), "bench", now).await().indefinitely();
            }
        }
        for (int from = 0; from < subjects; from += SEED_BATCH) {
            anchor(from, Math.min(subjects, from + SEED_BATCH), now);
        }
        pool.query("ANALYZE").execute().await().indefinitely();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("step", "seed");
        line.put("subjects", subjects);
        line.put("created", Math.max(0, subjects - existing));
        line.put("seconds", Seconds.since(start));
        CommandOutput.print(json, line);
    }

    private void seedSubjects(int from, int to) {
        List<String> created = new ArrayList<>();
        pool.preparedQuery(INSERT_SUBJECTS).execute(Tuple.of((Object) ids(from, to))).await().indefinitely()
                .forEach(row -> created.add(row.getString(0)));
        if (created.isEmpty()) {
            return;
        }
        String[] ids = created.toArray(String[]::new);
        pool.preparedQuery(INSERT_MATCHES).execute(Tuple.of((Object) ids)).await().indefinitely();
        String[] doseSubjects = new String[ids.length * 2];
        Integer[] numbers = new Integer[ids.length * 2];
        LocalDate[] days = new LocalDate[ids.length * 2];
        for (int i = 0; i < ids.length; i++) {
            for (int n = 0; n < 2; n++) {
                doseSubjects[2 * i + n] = ids[i];
                numbers[2 * i + n] = n + 1;
                days[2 * i + n] = doseDay((Integer.parseInt(ids[i].substring(PREFIX.length())) % (DOSE_DAYS / 2)) * 2 + n);
            }
        }
        pool.preparedQuery(INSERT_DOSES).execute(Tuple.of(doseSubjects, numbers, days)).await().indefinitely();
    }

    /** Current windows ending 1 to 29 days from now, spread evenly: every subject is due. */
    private void anchor(int from, int to, Instant now) {
        String[] ids = ids(from, to);
        java.time.OffsetDateTime[] anchors = new java.time.OffsetDateTime[ids.length];
        for (int i = 0; i < ids.length; i++) {
            Instant end = now.plus(Duration.ofDays(1 + (from + i) % 29)).plusSeconds((from + i) % 86_400);
            anchors[i] = end.atZone(ValidityWindow.VIETNAM).minusMonths(ValidityWindow.VALIDITY_MONTHS).toInstant()
                    .atOffset(ZoneOffset.UTC);
        }
        pool.preparedQuery(INSERT_ANCHORS).execute(Tuple.of(ids, anchors)).await().indefinitely();
    }

    /**
     * The previous run's renewals, certificate notes and kept certificates go, and the notification queue is emptied;
     * untimed.
     */
    private void reset() {
        pool.query("DELETE FROM certificate_renewal WHERE subject_id LIKE '" + PREFIX + "%'").execute().await().indefinitely();
        pool.query("DELETE FROM certificate_served WHERE subject_id LIKE '" + PREFIX + "%'").execute().await().indefinitely();
        // The next windows' kept certificates too: every run signs them, as each day's renewals are signed once.
        pool.query("DELETE FROM certificate_signed WHERE subject_id LIKE '" + PREFIX + "%'").execute().await().indefinitely();
        BenchQueues.purge(BenchQueues.NOTIFICATIONS);
        BenchQueues.purge(BenchQueues.DUE);
    }

    private void awaitHandled(long startNanos) {
        Instant deadline = Instant.now().plus(PATIENCE);
        long handled;
        while ((handled = count("SELECT count(*) FROM certificate_renewal WHERE subject_id LIKE '" + PREFIX + "%'"))
                < subjects) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Only " + handled + " of " + subjects + " renewals handled in " + PATIENCE);
            }
            progress(startNanos, handled);
            pause();
        }
    }

    private void awaitNotifications(long startNanos) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (BenchQueues.messages(BenchQueues.NOTIFICATIONS) < subjects) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Fewer than " + subjects + " notifications queued in " + PATIENCE);
            }
            pause();
        }
    }

    private long lastProgress;

    private void progress(long startNanos, long handled) {
        long now = System.nanoTime();
        if (now - lastProgress > 5_000_000_000L) {
            lastProgress = now;
            System.err.printf("bench-renewal: %d of %d handled after %.1f s%n", handled, subjects, Seconds.since(startNanos));
        }
    }

    private long count(String sql) {
        return pool.query(sql).execute().await().indefinitely().iterator().next().getLong(0);
    }

    private static String[] ids(int from, int to) {
        String[] ids = new String[to - from];
        for (int i = from; i < to; i++) {
            ids[i - from] = String.format("%s%07d", PREFIX, i);
        }
        return ids;
    }

    private static LocalDate doseDay(int day) {
        return LocalDate.of(2021, 6, 1).plusDays(day);
    }

    /** Polling the consumers, not timing them: the clock is read around the whole run. */
    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
