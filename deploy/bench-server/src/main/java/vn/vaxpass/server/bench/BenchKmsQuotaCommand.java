package vn.vaxpass.server.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Unremovable;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import software.amazon.awssdk.services.kms.KmsClient;

import vn.vaxpass.access.Reach;
import vn.vaxpass.certificate.CertificateConfig;
import vn.vaxpass.certificate.CertificateIdentifiers;
import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.confirmation.DoseConfirmations;
import vn.vaxpass.issuance.CertificateOnDemand;
import vn.vaxpass.issuance.CertificateStore;
import vn.vaxpass.issuance.SignOncePerWindow;
import vn.vaxpass.issuance.SignedCertificateStore;
import vn.vaxpass.server.VaxpassSubcommand;
import vn.vaxpass.server.certificate.CommandOutput;
import vn.vaxpass.server.registry.Seconds;
import vn.vaxpass.signing.CoseAlgorithm;
import vn.vaxpass.signing.KmsSigner;
import vn.vaxpass.signing.KmsSignerException;
import vn.vaxpass.signing.KmsTestClients;
import vn.vaxpass.testing.aws.AwsTestServer;
import vn.vaxpass.testing.aws.KmsTestKey;

/**
 * {@code vaxpass bench-kms-quota}: certificates on demand ({@link CertificateOnDemand}, the sign function's service)
 * signed by the real KMS signer and SDK client against the KMS stand-in with its throttling switched on at KMS's
 * quota, so that Sign requests beyond it are answered {@code ThrottlingException} as in AWS. Three ways, each on the
 * same subjects and request sequence: signing every request (the cache off), signing once with the cache emptied
 * before each run (every subject's first request signs), and signing once with the cache filled (the steady state).
 * Each run sends {@code --requests} requests, {@code --concurrency} at a time, over {@code --subjects} subjects in
 * turn. Prints one JSON line per run, then each way's medians. Runs in a database of its own: {@code VAXPASS_DATABASE},
 * else {@value #DATABASE} (created if missing, migrated at start).
 */
@Dependent
@Unremovable
@Command(name = BenchKmsQuotaCommand.NAME, description = "Certificates/s with the KMS signer against the throttled KMS"
        + " stand-in, signing every request and signing once per window; JSON lines, medians of the runs (--runs and --warmup count"
        + " per way).")
public class BenchKmsQuotaCommand implements Callable<Integer>, VaxpassSubcommand {

    static final String NAME = "bench-kms-quota";
    /** Its database unless VAXPASS_DATABASE names another (BenchMain). */
    static final String DATABASE = "vaxpass_bench_kms";
    static final String PREFIX = "KQ-";
    static final String FACILITY = "79-997";
    static final List<LocalDate> DOSE_DAYS = List.of(LocalDate.of(2021, 8, 2), LocalDate.of(2021, 9, 15));

    /** The ways compared. */
    enum Way {
        /** No cache: every request is a KMS Sign (the issuance path before sign-once). */
        SIGN_EVERY_REQUEST,
        /** Sign once, the cache emptied before each run: each subject's first request of the run signs. */
        SIGN_ONCE_COLD,
        /** Sign once, the cache as the previous run left it: the steady state of a peak. */
        SIGN_ONCE_WARM
    }

    private static final String SUBJECTS = "INSERT INTO vaccination_subject (subject_id, full_name, date_of_birth, gender,"
            + " id_number, commune_code, province_code) SELECT $1 || g, 'Nguyễn Văn An', '07/03/1985', 'Nam', NULL,"
            + " '26734', '79' FROM generate_series(1, $2) g ON CONFLICT (subject_id) DO NOTHING";
    private static final String VERIFIED = "INSERT INTO match_result (id, subject_id, subject_version, status,"
            + " mismatched_fields, matched_at) SELECT nextval('match_result_seq'), s.subject_id, s.version, 'VERIFIED', '',"
            + " clock_timestamp() FROM vaccination_subject s WHERE s.subject_id LIKE $1 || '%'"
            + " AND NOT EXISTS (SELECT 1 FROM match_result m WHERE m.subject_id = s.subject_id)";
    private static final String DOSES = "INSERT INTO dose (id, subject_id, dose_number, total_doses, vaccinated_on, product,"
            + " manufacturer, prophylaxis, lot, facility_code) SELECT nextval('dose_seq'), s.subject_id, n, 2, ($2::date[])[n],"
            + " 'EU/1/20/1528', 'ORG-100030215', 'J07BX03', 'FF2587', $3 FROM vaccination_subject s, generate_series(1, 2) n"
            + " WHERE s.subject_id LIKE $1 || '%' AND NOT EXISTS (SELECT 1 FROM dose d WHERE d.subject_id = s.subject_id)";
    private static final String EMPTY_CACHE = "DELETE FROM certificate_signed WHERE subject_id LIKE $1 || '%'";

    @Option(names = "--subjects", defaultValue = "2000", description = "Subjects ready for a certificate (default ${DEFAULT-VALUE}).")
    int subjects;

    @Option(names = "--requests", defaultValue = "6000", description = "Certificate requests per run, the subjects in turn"
            + " (default ${DEFAULT-VALUE}: three per subject).")
    int requests;

    @Option(names = "--concurrency", defaultValue = "64", description = "Requests in flight (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--kms-per-second", defaultValue = "300", description = "The stand-in's Sign quota; beyond it,"
            + " ThrottlingException (default ${DEFAULT-VALUE}, of the order of KMS's default ECC quota).")
    int kmsPerSecond;

    @Mixin
    MeasuredRuns measured = new MeasuredRuns(3, 1);

    @Option(names = "--ways", split = ",", defaultValue = "SIGN_EVERY_REQUEST,SIGN_ONCE_COLD,SIGN_ONCE_WARM",
            description = "Which ways, in order (default ${DEFAULT-VALUE}).")
    List<Way> ways;

    private final Pool pool;
    private final CertificateStore records;
    private final SignedCertificateStore signed;
    private final CertificateIdentifiers identifiers;
    private final CertificateConfig config;
    private final DoseConfirmations confirmations;
    private final Clock clock;
    private final ObjectMapper json;

    @Inject
    public BenchKmsQuotaCommand(Pool pool, CertificateStore records, SignedCertificateStore signed,
            CertificateIdentifiers identifiers, CertificateConfig config, DoseConfirmations confirmations, Clock clock,
            ObjectMapper json) {
        this.pool = pool;
        this.records = records;
        this.signed = signed;
        this.identifiers = identifiers;
        this.config = config;
        this.confirmations = confirmations;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public Integer call() throws Exception {
        seed();
        KmsTestKey key = KmsTestKey.eccNistP256();
        try (AwsTestServer kms = new AwsTestServer().add(key).countOnly(); KmsClient client = KmsTestClients.against(kms)) {
            KmsSigner signer = new KmsSigner(client, key.keyId(), CoseAlgorithm.ES256, key.certificate());
            kms.throttleAbove(AwsTestServer.KMS_SIGN, kmsPerSecond);
            CertificateIssuer issuer = new CertificateIssuer(signer);
            List<Map<String, Object>> summaries = new ArrayList<>();
            for (Way way : ways) {
                CertificateOnDemand service = new CertificateOnDemand(records, issuer,
                        new SignOncePerWindow(signed, issuer, way != Way.SIGN_EVERY_REQUEST), identifiers, config.issuer());
                summaries.add(runAll(way, service, kms));
            }
            summaries.forEach(summary -> CommandOutput.print(json, summary));
        }
        return 0;
    }

    private Map<String, Object> runAll(Way way, CertificateOnDemand service, AwsTestServer kms) throws InterruptedException {
        List<Double> rates = new ArrayList<>();
        List<Double> throttledShares = new ArrayList<>();
        long failedTotal = 0;
        for (int run = 1; run <= measured.total(); run++) {
            if (way == Way.SIGN_ONCE_COLD) {
                pool.preparedQuery(EMPTY_CACHE).execute(Tuple.of(PREFIX)).await().indefinitely();
            }
            long signsBefore = kms.calls(AwsTestServer.KMS_SIGN);
            long throttledBefore = kms.throttled(AwsTestServer.KMS_SIGN);
            Outcome outcome = drive(service);
            long signCalls = kms.calls(AwsTestServer.KMS_SIGN) - signsBefore;
            long throttled = kms.throttled(AwsTestServer.KMS_SIGN) - throttledBefore;
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("step", "run");
            line.put("way", way.name());
            line.put("run", run);
            line.put("warmup", measured.isWarmup(run));
            line.put("requests", requests);
            line.put("certificates", outcome.certificates());
            line.put("failed", outcome.failed());
            line.put("failures", outcome.failures());
            line.put("seconds", Math.round(outcome.seconds() * 1000) / 1000.0);
            line.put("certificatesPerSecond", Seconds.perSecond(outcome.certificates(), outcome.seconds()));
            line.put("kmsSignRequests", signCalls);
            line.put("kmsThrottlingAnswers", throttled);
            CommandOutput.print(json, line);
            if (!measured.isWarmup(run)) {
                rates.add(outcome.certificates() / outcome.seconds());
                throttledShares.add(signCalls == 0 ? 0.0 : (double) throttled / signCalls);
                failedTotal += outcome.failed();
            }
        }
        rates.sort(null);
        throttledShares.sort(null);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("step", "bench");
        summary.put("way", way.name());
        summary.put("subjects", subjects);
        summary.put("requestsPerRun", requests);
        summary.put("concurrency", concurrency);
        summary.put("kmsPerSecond", kmsPerSecond);
        summary.put("runs", rates.size());
        summary.put("medianCertificatesPerSecond", Math.round(BenchRuns.median(rates)));
        summary.put("failedRequests", failedTotal);
        summary.put("medianThrottledShareOfKmsRequests", Math.round(BenchRuns.median(throttledShares) * 1000) / 1000.0);
        summary.put("processors", Runtime.getRuntime().availableProcessors());
        return summary;
    }

    private record Outcome(long certificates, long failed, Map<String, Long> failures, double seconds) {
    }

    /** {@link #requests} requests, {@link #concurrency} in flight: each answer starts the next request. */
    private Outcome drive(CertificateOnDemand service) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        LongAdder certificates = new LongAdder();
        Map<String, LongAdder> failures = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(concurrency);
        long start = System.nanoTime();
        for (int lane = 0; lane < concurrency; lane++) {
            request(service, next, certificates, failures, done);
        }
        done.await();
        double seconds = Seconds.since(start);
        Map<String, Long> failed = new TreeMap<>();
        failures.forEach((kind, count) -> failed.put(kind, count.sum()));
        return new Outcome(certificates.sum(), failed.values().stream().mapToLong(Long::longValue).sum(), failed, seconds);
    }

    private void request(CertificateOnDemand service, AtomicInteger next, LongAdder certificates,
            Map<String, LongAdder> failures, CountDownLatch done) {
        int i = next.getAndIncrement();
        if (i >= requests) {
            done.countDown();
            return;
        }
        service.certificate(PREFIX + (i % subjects + 1), Reach.ministry(), clock.instant()).subscribe().with(
                certificate -> {
                    certificates.increment();
                    request(service, next, certificates, failures, done);
                },
                failure -> {
                    failures.computeIfAbsent(kind(failure), k -> new LongAdder()).increment();
                    request(service, next, certificates, failures, done);
                });
    }

    /** A failure's kind for the report: KMS's error code when KMS refused, else the exception's class. */
    private static String kind(Throwable failure) {
        return failure instanceof KmsSignerException kms
                ? kms.kmsErrorCode().orElse(kms.reason().name())
                : failure.getClass().getSimpleName();
    }

    /** Subjects ready for a certificate (VERIFIED, two confirmed doses), once. */
    private void seed() {
        long start = System.nanoTime();
        pool.preparedQuery(SUBJECTS).execute(Tuple.of(PREFIX, subjects))
                .chain(() -> pool.preparedQuery(VERIFIED).execute(Tuple.of(PREFIX)))
                .chain(() -> pool.preparedQuery(DOSES).execute(Tuple.of(PREFIX, DOSE_DAYS.toArray(LocalDate[]::new),
                        FACILITY)))
                .await().indefinitely();
        for (LocalDate day : DOSE_DAYS) {
            confirmations.confirmDay(FACILITY, day, "bench", clock.instant()).await().indefinitely();
        }
        pool.query("ANALYZE").execute().await().indefinitely();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("step", "seed");
        line.put("subjects", subjects);
        line.put("seconds", Seconds.since(start));
        CommandOutput.print(json, line);
    }
}
