package vn.vaxpass.server.bench.soak;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.LaunchMode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.vaxpass.lookup.LookupSettings;
import vn.vaxpass.server.VaxpassSubcommand;
import vn.vaxpass.server.certificate.CommandOutput;
import vn.vaxpass.server.sms.SmsOutboxStore;

/**
 * {@code bench-soak}: the server runs as {@code serve} does (every function on one port, embedded SQS, SMS outbox,
 * workers and schedules) in this process, and N workers drive the fixed {@link SoakMix} at it over real HTTP for the
 * time given. Reports calls, errors, p50 and p99 per endpoint, throughput, and heap after a full GC before and after
 * (the server's own heap, since it runs here: the reason the soak starts the server rather than calling one at a URL).
 * Exits 1 when any call was an error. Its server's lookup limits are raised ({@link SoakServerSettings}).
 */
@Dependent
@Unremovable
@Command(name = BenchSoakCommand.NAME, description = "Mixed traffic (lookups, certificates, verification, match jobs) "
        + "against the server in this process; errors, p50/p99 per endpoint, heap after GC at start and end.")
public class BenchSoakCommand implements Callable<Integer>, VaxpassSubcommand {

    public static final String NAME = "bench-soak";
    /** Its database unless VAXPASS_DATABASE names another (BenchMain). */
    public static final String DATABASE = "vaxpass_bench_soak";
    static final int EXIT_ERRORS = 1;
    /** Tokens outlive the soak by this much, so that none expires during its last journeys. */
    private static final long TOKEN_MARGIN_MINUTES = 10;
    private static final double MIB = 1024 * 1024;
    private static final String ROW = "%-50s %8s %7s %9s %9s%n";

    @Option(names = "--minutes", defaultValue = "10", description = "How long to drive traffic (default ${DEFAULT-VALUE}; fractions allowed).")
    double minutes;

    @Option(names = "--concurrency", defaultValue = "4", description = "Workers, each one journey at a time (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the workers' draws (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--citizens", defaultValue = "200", description = "Citizens looked up, shared out among the workers (default ${DEFAULT-VALUE}).")
    int citizens;

    @Option(names = "--match-subjects", defaultValue = "50", description = "Subjects in each worker's match commune (default ${DEFAULT-VALUE}).")
    int matchSubjects;

    @Spec
    CommandSpec spec;

    private final SoakFixture fixture;
    private final SmsOutboxStore outbox;
    private final LookupSettings lookup;
    private final ObjectMapper json;

    @Inject
    public BenchSoakCommand(SoakFixture fixture, SmsOutboxStore outbox, LookupSettings lookup, ObjectMapper json) {
        this.fixture = fixture;
        this.outbox = outbox;
        this.lookup = lookup;
        this.json = json;
    }

    @Override
    public Integer call() throws Exception {
        if (concurrency < 1 || citizens < concurrency || minutes <= 0) {
            spec.commandLine().getErr().println("bench-soak: needs --minutes > 0, --concurrency >= 1 and --citizens >= --concurrency.");
            return CommandOutput.REFUSED;
        }
        Duration length = Duration.ofMillis(Math.round(minutes * 60_000));
        SoakFixture.Data data = fixture.prepare(citizens, concurrency, matchSubjects,
                length.toMinutes() + TOKEN_MARGIN_MINUTES);
        URI base = serverUri();
        long heapStart = HeapAfterGc.bytes();
        SoakTally tally = new SoakTally();
        long start = System.nanoTime();
        drive(data, base, tally, start + length.toNanos());
        double seconds = (System.nanoTime() - start) / 1e9;
        long heapEnd = HeapAfterGc.bytes();
        int errors = report(base, tally, seconds, heapStart, heapEnd);
        return errors == 0 ? 0 : EXIT_ERRORS;
    }

    private void drive(SoakFixture.Data data, URI base, SoakTally tally, long deadline) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                running.add(workers.submit(new SoakWorker(http, base, json, outbox, tally, share(data.citizens(), w),
                        data.matchCommunes().get(w), data.provinceToken(), new Random(seed + w), deadline)));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        } finally {
            workers.shutdownNow();
        }
    }

    /** Worker {@code w}'s citizens: every {@code concurrency}-th, so that no two workers ask codes for one phone. */
    private List<SoakFixture.Citizen> share(List<SoakFixture.Citizen> all, int w) {
        List<SoakFixture.Citizen> mine = new ArrayList<>();
        for (int i = w; i < all.size(); i += concurrency) {
            mine.add(all.get(i));
        }
        return mine;
    }

    /** The plain table, then the same as one JSON line; returns the errors. */
    private int report(URI base, SoakTally tally, double seconds, long heapStart, long heapEnd) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("bench-soak: %.0f s, %d workers, seed %d, %d citizens, %d subjects per match commune; server %s"
                + " (this process), %d processors%n", seconds, concurrency, seed, citizens, matchSubjects, base,
                Runtime.getRuntime().availableProcessors());
        out.printf("lookup limits for the soak (vaxpass.lookup.*-limit): %d calls per client per %d min, %d codes per"
                + " phone per %d min, %d lookups per ID number per %d min (production: 60, 5, 10)%n",
                lookup.clientLimit(), lookup.clientWindow().toMinutes(), lookup.phoneLimit(),
                lookup.phoneWindow().toMinutes(), lookup.idNumberLimit(), lookup.idNumberWindow().toMinutes());
        out.printf(ROW, "endpoint", "calls", "errors", "p50 ms", "p99 ms");
        int calls = 0;
        int httpErrors = 0;
        int errors = 0;
        List<Map<String, Object>> endpoints = new ArrayList<>();
        for (SoakTally.Row row : tally.rows()) {
            out.printf(ROW, row.endpoint().label(), row.calls(), row.errors(), "%.1f".formatted(row.p50Millis()),
                    "%.1f".formatted(row.p99Millis()));
            if (row.endpoint().expectedStatus() != 0) {
                calls += row.calls();
                httpErrors += row.errors();
            }
            errors += row.errors();
            Map<String, Object> endpoint = new LinkedHashMap<>();
            endpoint.put("endpoint", row.endpoint().name());
            endpoint.put("calls", row.calls());
            endpoint.put("errors", row.errors());
            endpoint.put("p50Millis", row.p50Millis());
            endpoint.put("p99Millis", row.p99Millis());
            endpoints.add(endpoint);
        }
        double perSecond = calls / seconds;
        out.printf(ROW, "all HTTP calls", calls, httpErrors, "", "");
        out.printf("errors: %d (HTTP calls and codes missing from the outbox; must be 0)%n", errors);
        out.printf("throughput: %.1f HTTP calls/s%n", perSecond);
        out.printf("heap after GC: start %.1f MiB, end %.1f MiB, change %+.1f MiB%n", heapStart / MIB, heapEnd / MIB,
                (heapEnd - heapStart) / MIB);
        tally.describedErrors().forEach(error -> out.println("error: " + error));
        out.flush();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("step", "bench");
        summary.put("seconds", Math.round(seconds * 10) / 10.0);
        summary.put("concurrency", concurrency);
        summary.put("seed", seed);
        summary.put("calls", calls);
        summary.put("errors", errors);
        summary.put("callsPerSecond", Math.round(perSecond * 10) / 10.0);
        summary.put("heapStartBytes", heapStart);
        summary.put("heapEndBytes", heapEnd);
        summary.put("endpoints", endpoints);
        CommandOutput.print(json, summary);
        return errors;
    }

    /** This process's HTTP port (the tests' own when under test), on the loopback when bound to every address. */
    private static URI serverUri() {
        var config = ConfigProvider.getConfig();
        String portKey = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        int port = config.getValue(portKey, Integer.class);
        String host = config.getOptionalValue("quarkus.http.host", String.class).orElse("localhost");
        return URI.create("http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : host) + ":" + port);
    }
}
