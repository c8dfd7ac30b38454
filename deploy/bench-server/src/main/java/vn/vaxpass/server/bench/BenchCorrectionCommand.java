package vn.vaxpass.server.bench;

import static vn.vaxpass.server.bench.BenchRuns.roundedMedian;
import static vn.vaxpass.server.bench.OnVertxContext.await;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Unremovable;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import vn.vaxpass.access.Reach;
import vn.vaxpass.correction.Actor;
import vn.vaxpass.correction.Applying;
import vn.vaxpass.correction.BulkConfirmation;
import vn.vaxpass.correction.HandBackSigning;
import vn.vaxpass.correction.ItemWork;
import vn.vaxpass.correction.ListCreation;
import vn.vaxpass.correction.ProgressReport;
import vn.vaxpass.correction.Sending;
import vn.vaxpass.correction.SubjectValues;
import vn.vaxpass.csv.CsvFileException;
import vn.vaxpass.csv.CsvRowHandler;
import vn.vaxpass.identity.Gender;
import vn.vaxpass.matching.ChunkSettings;
import vn.vaxpass.matching.BatchMatcher;
import vn.vaxpass.matching.MatchRun;
import vn.vaxpass.matching.MatchStatus;
import vn.vaxpass.matching.MatchTally;
import vn.vaxpass.matching.SubjectScope;
import vn.vaxpass.registry.MatchRequests;
import vn.vaxpass.registry.PopulationRegistry;
import vn.vaxpass.registry.RegistryEntry;
import vn.vaxpass.registry.RegistryView;
import vn.vaxpass.server.VaxpassSubcommand;
import vn.vaxpass.server.certificate.CommandOutput;
import vn.vaxpass.server.registry.Seconds;
import vn.vaxpass.synthetic.SyntheticDataGenerator;
import vn.vaxpass.synthetic.TruthFile;

/**
 * {@code vaxpass bench-correction}: the correction workflow (issue #11) on a commune of generated subjects in a
 * database of {@code generate}'s data, calling the workflow's beans as the REST resources do (no HTTP). The data is
 * loaded as bench-match loads it ({@code --load}) and matched once, so every subject has its check. Each run makes a
 * commune of its own ({@value #COMMUNE_BASE} + n, in province {@link BenchDataLoad#BENCH_PROVINCE}) out of subjects no
 * earlier run used: {@code --wrong} whose check failed but whose person the registry holds (truth.csv), and verified
 * ones up to {@code --residents}. Then it times: the station's list ({@link ListCreation}); the police's bulk
 * confirmation after the list is sent ({@link BulkConfirmation}); signing the hand-back and applying it with the
 * re-match ({@link HandBackSigning}, {@link Applying}), after the police corrected the rest one by one with their
 * registry person's data (untimed); the progress report of the whole province ({@link ProgressReport}). Prints one
 * JSON line per run and the medians of the runs after the warm-up.
 */
@Dependent
@Unremovable
@Command(name = "bench-correction", description = "Time the correction workflow on a commune of generated subjects (list, bulk confirmation, apply, progress report); JSON lines, medians of the runs.")
public class BenchCorrectionCommand implements Callable<Integer>, VaxpassSubcommand {

    /** Bench communes are numbered from here: no GSO commune code is this high. */
    static final int COMMUNE_BASE = 90_000;
    private static final String PROVINCE = BenchDataLoad.BENCH_PROVINCE;
    private static final int CANDIDATE_BATCH = 5_000;

    private static final String LATEST = "(SELECT m.status, m.subject_version FROM match_result m"
            + " WHERE m.subject_id = s.subject_id ORDER BY m.matched_at DESC, m.id DESC LIMIT 1)";
    private static final String UNMATCHED = "SELECT count(*) FROM vaccination_subject s WHERE s.province_code = $1"
            + " AND NOT EXISTS (SELECT 1 FROM match_result m WHERE m.subject_id = s.subject_id)";
    /** Of these candidates, those still in a generated commune whose latest check of their current version failed. */
    private static final String STILL_WRONG = "SELECT s.subject_id FROM vaccination_subject s CROSS JOIN LATERAL "
            + LATEST + " r WHERE s.subject_id = ANY($1) AND s.province_code = $2 AND s.commune_code !~ '^9[0-9]{4}$'"
            + " AND r.subject_version = s.version AND r.status <> 'VERIFIED' ORDER BY s.subject_id";
    private static final String VERIFIED = "SELECT s.subject_id FROM vaccination_subject s CROSS JOIN LATERAL " + LATEST
            + " r WHERE s.province_code = $1 AND s.commune_code !~ '^9[0-9]{4}$' AND r.subject_version = s.version"
            + " AND r.status = 'VERIFIED' LIMIT $2";
    private static final String NEXT_COMMUNE = "SELECT coalesce(max(commune_code::int), " + (COMMUNE_BASE - 1) + ") + 1"
            + " FROM commune WHERE commune_code ~ '^9[0-9]{4}$'";
    private static final String INSERT_COMMUNE = "INSERT INTO commune (commune_code, province_code, name)"
            + " VALUES ($1, $2, $3)";
    private static final String MOVE = "UPDATE vaccination_subject SET commune_code = $1 WHERE subject_id = ANY($2)";
    private static final String UNDECIDED = "SELECT id, subject_id FROM correction_item WHERE list_id = $1"
            + " AND state = 'WITH_POLICE' ORDER BY id";

    @Option(names = "--data", required = true, description = "Directory with registry.csv, subjects.csv and truth.csv (from generate).")
    Path data;

    @Option(names = "--load", description = "Load registry.csv and subjects.csv first (as bench-match --flow stored does); timed apart.")
    boolean load;

    @Option(names = "--residents", defaultValue = "2000", description = "Subjects of each run's commune (default ${DEFAULT-VALUE}).")
    int residents;

    @Option(names = "--wrong", defaultValue = "600", description = "Of those, subjects whose check failed (default ${DEFAULT-VALUE}).")
    int wrong;

    @Mixin
    MeasuredRuns measured = new MeasuredRuns(5, 1);

    private final BenchDataLoad dataLoad;
    private final BatchMatcher matcher;
    private final PopulationRegistry registry;
    private final ListCreation listCreation;
    private final Sending sending;
    private final BulkConfirmation bulkConfirmation;
    private final ItemWork itemWork;
    private final HandBackSigning handBackSigning;
    private final Applying applying;
    private final ProgressReport progressReport;
    private final Pool pool;
    private final ObjectMapper json;

    @Inject
    public BenchCorrectionCommand(BenchDataLoad dataLoad, BatchMatcher matcher, PopulationRegistry registry,
            ListCreation listCreation, Sending sending, BulkConfirmation bulkConfirmation, ItemWork itemWork,
            HandBackSigning handBackSigning, Applying applying, ProgressReport progressReport, Pool pool,
            ObjectMapper json) {
        this.dataLoad = dataLoad;
        this.matcher = matcher;
        this.registry = registry;
        this.listCreation = listCreation;
        this.sending = sending;
        this.bulkConfirmation = bulkConfirmation;
        this.itemWork = itemWork;
        this.handBackSigning = handBackSigning;
        this.applying = applying;
        this.progressReport = progressReport;
        this.pool = pool;
        this.json = json;
    }

    @Override
    public Integer call() throws Exception {
        if (wrong > residents) {
            System.err.println("bench-correction: --wrong must not exceed --residents");
            return 2;
        }
        if (load) {
            dataLoad.load(data, true);
        }
        matchOnce();
        Map<String, String> trueIdNumbers = wrongButInRegistry();
        Iterator<String> candidates = trueIdNumbers.keySet().iterator();
        List<Double> create = new ArrayList<>();
        List<Double> bulk = new ArrayList<>();
        List<Double> apply = new ArrayList<>();
        List<Double> progress = new ArrayList<>();
        List<Double> share = new ArrayList<>();
        for (int run = 1; run <= measured.total(); run++) {
            Map<String, Object> line = run(run, candidates, trueIdNumbers);
            CommandOutput.print(json, line);
            if (!measured.isWarmup(run)) {
                create.add((Double) line.get("createListSeconds"));
                bulk.add((Double) line.get("bulkConfirmSeconds"));
                apply.add((Double) line.get("signAndApplySeconds"));
                progress.add((Double) line.get("progressReportSeconds"));
                share.add((Double) line.get("bulkShare"));
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("step", "bench");
        summary.put("subjects", count("SELECT count(*) FROM vaccination_subject WHERE province_code = '" + PROVINCE + "'"));
        summary.put("registryPeople", count("SELECT count(*) FROM registry_person"));
        summary.put("residents", residents);
        summary.put("wrong", wrong);
        summary.put("processors", Runtime.getRuntime().availableProcessors());
        summary.put("runs", create.size());
        summary.put("medianCreateListSeconds", roundedMedian(create));
        summary.put("medianBulkConfirmSeconds", roundedMedian(bulk));
        summary.put("medianSignAndApplySeconds", roundedMedian(apply));
        summary.put("medianProgressReportSeconds", roundedMedian(progress));
        summary.put("medianBulkShare", roundedMedian(share));
        CommandOutput.print(json, summary);
        return 0;
    }

    private Map<String, Object> run(int run, Iterator<String> candidates, Map<String, String> trueIdNumbers) {
        String commune = commune(candidates);
        Actor station = new Actor("bench-station", Reach.commune(commune));
        Actor police = new Actor("bench-police", Reach.communePolice(commune));

        long start = System.nanoTime();
        UUID list = await(() -> listCreation.create(station, commune));
        double createSeconds = Seconds.since(start);
        long listed = pool.preparedQuery("SELECT count(*) FROM correction_item WHERE list_id = $1")
                .execute(Tuple.of(list)).await().indefinitely().iterator().next().getLong(0);

        start = System.nanoTime();
        await(() -> sending.send(station, list, null));
        double sendSeconds = Seconds.since(start);

        start = System.nanoTime();
        BulkConfirmation.Result bulk = await(() -> bulkConfirmation.confirm(police, list));
        double bulkSeconds = Seconds.since(start);

        start = System.nanoTime();
        int decided = correctTheRest(police, list, trueIdNumbers);
        double decideSeconds = Seconds.since(start);

        start = System.nanoTime();
        await(() -> handBackSigning.sign(police, list));
        double signSeconds = Seconds.since(start);
        long applyStart = System.nanoTime();
        Applying.Result applied = await(() -> applying.apply(station, list));
        double applySeconds = Seconds.since(applyStart);
        double signAndApplySeconds = Seconds.since(start);

        start = System.nanoTime();
        ProgressReport.Report report = await(() -> progressReport.of(Reach.province(PROVINCE), PROVINCE, null));
        double progressSeconds = Seconds.since(start);

        Map<String, Object> line = measured.lineOf(run);
        line.put("commune", commune);
        line.put("listed", listed);
        line.put("createListSeconds", createSeconds);
        line.put("sendSeconds", sendSeconds);
        line.put("bulkConfirmSeconds", bulkSeconds);
        line.put("bulkCorrected", bulk.corrected());
        line.put("bulkBelowConfidence", bulk.belowConfidence());
        line.put("bulkContradicted", bulk.contradicted());
        line.put("bulkShare", listed == 0 ? 0.0 : Math.round(1000.0 * bulk.corrected() / listed) / 1000.0);
        line.put("correctedOneByOne", decided);
        line.put("correctedOneByOneSeconds", decideSeconds);
        line.put("signSeconds", signSeconds);
        line.put("applySeconds", applySeconds);
        line.put("signAndApplySeconds", signAndApplySeconds);
        line.put("changed", applied.changed());
        line.put("verified", applied.verified());
        line.put("progressReportSeconds", progressSeconds);
        line.put("progressReportCommunes", report.communes().size());
        return line;
    }

    /** The subjects are matched once: a check for each, as a matching job leaves them. */
    private void matchOnce() {
        long unmatched = pool.preparedQuery(UNMATCHED).execute(Tuple.of(PROVINCE)).await().indefinitely()
                .iterator().next().getLong(0);
        if (unmatched == 0) {
            return;
        }
        long start = System.nanoTime();
        MatchTally tally = matcher.matchAndRecordAll(SubjectScope.province(PROVINCE), MatchRun.withoutJob(Instant.now()),
                ChunkSettings.DEFAULT);
        pool.query("ANALYZE match_result").execute().await().indefinitely();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("step", "match-once");
        line.put("subjects", tally.subjects());
        line.put("seconds", Seconds.since(start));
        CommandOutput.print(json, line);
    }

    /** Generated subjects whose record is wrong and whose person the registry holds, with that person's ID number. */
    private Map<String, String> wrongButInRegistry() throws IOException, CsvFileException {
        Map<String, String> trueIdNumbers = new LinkedHashMap<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(
                data.resolve(SyntheticDataGenerator.TRUTH_FILE)), 1 << 16)) {
            TruthFile.FORMAT.read(in, CsvRowHandler.of(row -> {
                if (!row.get(1).isEmpty() && !MatchStatus.VERIFIED.name().equals(row.get(2))) {
                    trueIdNumbers.put(row.get(0), row.get(1));
                }
            }, error -> { }));
        }
        return trueIdNumbers;
    }

    /** A new commune of subjects no run used before: {@link #wrong} failed checks, the rest verified. Untimed. */
    private String commune(Iterator<String> candidates) {
        List<String> members = new ArrayList<>();
        while (members.size() < wrong && candidates.hasNext()) {
            List<String> batch = new ArrayList<>();
            while (batch.size() < CANDIDATE_BATCH && candidates.hasNext()) {
                batch.add(candidates.next());
            }
            for (Row row : pool.preparedQuery(STILL_WRONG).execute(Tuple.of(batch.toArray(String[]::new), PROVINCE))
                    .await().indefinitely()) {
                if (members.size() < wrong) {
                    members.add(row.getString(0));
                }
            }
        }
        if (members.size() < wrong) {
            throw new IllegalStateException("Only " + members.size() + " unused wrong records left for a commune of "
                    + wrong + "; generate more subjects");
        }
        for (Row row : pool.preparedQuery(VERIFIED).execute(Tuple.of(PROVINCE, residents - wrong)).await()
                .indefinitely()) {
            members.add(row.getString(0));
        }
        if (members.size() < residents) {
            throw new IllegalStateException("Only " + (members.size() - wrong) + " unused verified subjects left");
        }
        String commune = Integer.toString(pool.query(NEXT_COMMUNE).execute().await().indefinitely().iterator().next()
                .getInteger(0));
        pool.withTransaction(connection -> connection.preparedQuery(INSERT_COMMUNE).execute(Tuple.of(commune, PROVINCE,
                "Bench commune " + commune))
                .chain(() -> connection.preparedQuery(MOVE).execute(Tuple.of(commune, members.toArray(String[]::new)))))
                .await().indefinitely();
        return commune;
    }

    /** The police correct every item the bulk confirmation left, one by one, with the registry person's data. */
    private int correctTheRest(Actor police, UUID list, Map<String, String> trueIdNumbers) {
        List<Long> ids = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        for (Row row : pool.preparedQuery(UNDECIDED).execute(Tuple.of(list)).await().indefinitely()) {
            ids.add(row.getLong(0));
            subjects.add(row.getString(1));
        }
        MatchRequests requests = new MatchRequests();
        subjects.stream().map(trueIdNumbers::get).filter(Objects::nonNull).forEach(requests::idNumber);
        RegistryView people = await(() -> registry.fetch(requests));
        for (int i = 0; i < ids.size(); i++) {
            long item = ids.get(i);
            RegistryEntry person = trueIdNumbers.containsKey(subjects.get(i))
                    ? people.byIdNumber(trueIdNumbers.get(subjects.get(i))).orElse(null) : null;
            if (person == null) {
                await(() -> itemWork.decide(police, list, item, ItemWork.Decision.REJECT, null,
                        "Không có trong dữ liệu thử / not in the bench data", null));
            } else {
                SubjectValues values = new SubjectValues(person.fullName(), Objects.toString(person.dateOfBirth(), null),
                        person.gender() == null ? null : person.gender() == Gender.MALE ? "M" : "F", person.idNumber());
                await(() -> itemWork.decide(police, list, item, ItemWork.Decision.CORRECT, values, null, null));
            }
        }
        return ids.size();
    }


    private long count(String sql) {
        return pool.query(sql).execute().await().indefinitely().iterator().next().getLong(0);
    }
}
