package vn.vaxpass.server.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

import vn.vaxpass.csv.CsvFileException;
import vn.vaxpass.csv.CsvRowError;
import vn.vaxpass.matching.BatchMatcher;
import vn.vaxpass.matching.ChunkSettings;
import vn.vaxpass.matching.MatchOutcome;
import vn.vaxpass.matching.MatchRun;
import vn.vaxpass.matching.MatchTally;
import vn.vaxpass.matching.ResultsFile;
import vn.vaxpass.subject.SubjectData;
import vn.vaxpass.matching.SubjectScope;
import vn.vaxpass.matching.SubjectsFileMatcher;
import vn.vaxpass.server.VaxpassSubcommand;
import vn.vaxpass.server.certificate.CommandOutput;
import vn.vaxpass.server.registry.Seconds;

/**
 * {@code vaxpass bench-match}: matching throughput through PostgreSQL, timed apart from loading. Two flows:
 * {@code file} streams subjects.csv through the batch matcher into a results file (what {@code match} does);
 * {@code stored} matches every subject from {@code vaccination_subject} by keyset and writes {@code match_result}
 * (what a matching job does), deleting each run's results afterwards, untimed. Prints one JSON line per run and
 * the median. Run it in a database of its own ({@code VAXPASS_DATABASE=vaxpass_bench}).
 */
@Dependent
@Unremovable
@Command(name = "bench-match", description = "Measure matching throughput (subjects/s) through PostgreSQL; JSON lines, median of the runs.")
public class BenchMatchCommand implements Callable<Integer>, VaxpassSubcommand {

    /** The stored flow puts every bench subject in this pseudo-province: one scope covers them all. */
    static final String BENCH_PROVINCE = BenchDataLoad.BENCH_PROVINCE;

    /** Named as typed on the command line. */
    enum Flow { file, stored }

    @Option(names = "--data", required = true, description = "Directory with registry.csv and subjects.csv (from generate).")
    Path data;

    @Option(names = "--load", description = "Load registry.csv (and for --flow stored, subjects.csv) first; timed apart.")
    boolean load;

    @Option(names = "--flow", defaultValue = "file", description = "file or stored (default ${DEFAULT-VALUE}).")
    Flow flow;

    @Mixin
    MeasuredRuns measured = new MeasuredRuns(5, 1);

    @Option(names = "--chunk-size", description = "Subjects per chunk (default 2000).")
    Integer chunkSize;

    @Option(names = "--in-flight", description = "Chunks matched at once (default 4).")
    Integer inFlight;

    private final BenchDataLoad dataLoad;
    private final SubjectsFileMatcher fileMatcher;
    private final BatchMatcher batchMatcher;
    private final Pool pool;
    private final ObjectMapper json;

    @Inject
    public BenchMatchCommand(BenchDataLoad dataLoad, SubjectsFileMatcher fileMatcher, BatchMatcher batchMatcher, Pool pool, ObjectMapper json) {
        this.dataLoad = dataLoad;
        this.fileMatcher = fileMatcher;
        this.batchMatcher = batchMatcher;
        this.pool = pool;
        this.json = json;
    }

    @Override
    public Integer call() throws Exception {
        ChunkSettings settings = new ChunkSettings(chunkSize != null ? chunkSize : ChunkSettings.DEFAULT.chunkSize(),
                inFlight != null ? inFlight : ChunkSettings.DEFAULT.chunksInFlight());
        if (load) {
            dataLoad.load(data, flow == Flow.stored);
        }
        List<Double> rates = new ArrayList<>();
        for (int run = 1; run <= measured.total(); run++) {
            long start = System.nanoTime();
            long subjects = flow == Flow.file ? runFile(settings) : runStored(settings);
            double seconds = Seconds.since(start);
            Map<String, Object> line = measured.lineOf(run);
            line.put("subjects", subjects);
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
        summary.put("flow", flow.name());
        summary.put("registryPeople", count("registry_person"));
        summary.put("chunkSize", settings.chunkSize());
        summary.put("inFlight", settings.chunksInFlight());
        summary.put("processors", Runtime.getRuntime().availableProcessors());
        summary.put("runs", rates.size());
        summary.put("medianSubjectsPerSecond", rates.isEmpty() ? 0 : Math.round(BenchRuns.median(rates)));
        summary.put("minSubjectsPerSecond", rates.isEmpty() ? 0 : Math.round(rates.get(0)));
        summary.put("maxSubjectsPerSecond", rates.isEmpty() ? 0 : Math.round(rates.get(rates.size() - 1)));
        CommandOutput.print(json, summary);
        return 0;
    }

    private long runFile(ChunkSettings settings) throws IOException, CsvFileException {
        MatchTally tally = new MatchTally();
        Path results = data.resolve("bench-results.csv");
        try (InputStream in = subjectsFile();
             var out = Files.newBufferedWriter(results)) {
            out.write(ResultsFile.headerLine());
            fileMatcher.match(in, settings, new SubjectsFileMatcher.Results() {
                @Override
                public void outcome(SubjectData subject, MatchOutcome outcome) {
                    tally.add(outcome);
                    try {
                        out.write(ResultsFile.line(subject, outcome));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void rowError(CsvRowError error) {
                    // The bench's own generated files have none.
                }
            });
        }
        return tally.subjects();
    }

    private long runStored(ChunkSettings settings) {
        UUID job = UUID.randomUUID();
        MatchTally tally = batchMatcher.matchAndRecordAll(SubjectScope.province(BENCH_PROVINCE),
                MatchRun.job(job, Instant.now()), settings);
        long start = System.nanoTime();
        pool.preparedQuery("DELETE FROM match_result WHERE job_id = $1").execute(Tuple.of(job)).await().indefinitely();
        System.err.printf("bench-match: removed the run's results in %.1f s (not counted)%n", Seconds.since(start));
        return tally.subjects();
    }

    private InputStream subjectsFile() throws IOException {
        return BenchDataLoad.subjectsFile(data);
    }

    private long count(String table) {
        return pool.query("SELECT count(*) FROM " + table).execute().await().indefinitely().iterator().next().getLong(0);
    }

}
