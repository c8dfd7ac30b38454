package vn.vaxpass.server.registry;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Unremovable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.vaxpass.csv.CsvFileException;
import vn.vaxpass.csv.CsvRowError;
import vn.vaxpass.csv.CsvSummary;
import vn.vaxpass.matching.ChunkSettings;
import vn.vaxpass.matching.MatchOutcome;
import vn.vaxpass.matching.MatchQuality;
import vn.vaxpass.matching.MatchTally;
import vn.vaxpass.matching.ResultsFile;
import vn.vaxpass.subject.SubjectData;
import vn.vaxpass.matching.SubjectsFileMatcher;
import vn.vaxpass.synthetic.TruthFile;
import vn.vaxpass.imports.ImportResult;
import vn.vaxpass.server.certificate.CommandOutput;

/**
 * {@code vaxpass match}: loads a registry extract into the PostgreSQL mirror, matches a subjects file against it a
 * chunk at a time, writes results.csv in the subjects' order; with {@code --truth}, measures the matching quality.
 * One JSON line per step on standard output.
 */
@Dependent
@Unremovable
@Command(name = "match", description = "Match subjects.csv against the registry through PostgreSQL; writes results.csv, prints JSON lines.")
public class MatchCommand implements Callable<Integer> {

    @Option(names = "--registry", description = "Registry extract CSV to load into the mirror first (omit to match against the mirror as it is).")
    Path registry;

    @Option(names = "--subjects", required = true, description = "Subjects CSV: subject_id,full_name,date_of_birth,gender,id_number,phone,commune_code.")
    Path subjects;

    @Option(names = "--out", required = true, description = "Results CSV to write: subject_id,status,mismatched_fields,suggested_id_number,confidence.")
    Path out;

    @Option(names = "--truth", description = "Ground truth CSV of synthetic data: prints the matching quality.")
    Path truth;

    @Option(names = "--chunk-size", description = "Subjects per chunk (default 2000).")
    Integer chunkSize;

    @Option(names = "--in-flight", description = "Chunks matched at once (default 4).")
    Integer inFlight;

    private final RegistryFileLoad registryLoad;
    private final SubjectsFileMatcher matcher;
    private final ObjectMapper json;

    @Inject
    public MatchCommand(RegistryFileLoad registryLoad, SubjectsFileMatcher matcher, ObjectMapper json) {
        this.registryLoad = registryLoad;
        this.matcher = matcher;
        this.json = json;
    }

    @Override
    public Integer call() throws IOException {
        try {
            if (registry != null) {
                loadRegistry();
            }
            Map<String, TruthFile.Expected> expected = truth == null ? null : readTruth();
            matchSubjects(expected);
            return 0;
        } catch (NoSuchFileException e) {
            return CommandOutput.problem(json, "FILE_NOT_FOUND", "No such file: " + e.getFile(), List.of());
        } catch (Unreadable e) {
            return CommandOutput.problem(json, e.code, e.getMessage(), List.of());
        }
    }

    private void loadRegistry() throws IOException, Unreadable {
        long start = System.nanoTime();
        RegistryFileLoad.Loaded loaded = registryLoad.load(registry);
        ImportResult result = loaded.result();
        if (result.status().refused()) {
            throw new Unreadable("REGISTRY_" + result.status(), "The registry file " + registry + " was refused ("
                    + result.status() + "), nothing changed; see " + loaded.report());
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("step", "registry");
        line.put("file", registry.toString());
        line.put("rows", result.rowsRead());
        line.put("inserted", result.inserted());
        line.put("updated", result.updated());
        line.put("unchanged", result.unchanged());
        line.put("rowErrors", result.rowErrors());
        line.put("errorReport", loaded.report().toString());
        line.put("seconds", Seconds.since(start));
        CommandOutput.print(json, line);
    }

    private Map<String, TruthFile.Expected> readTruth() throws IOException, Unreadable {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(truth), 1 << 16)) {
            return TruthFile.read(in);
        } catch (CsvFileException e) {
            throw new Unreadable("UNREADABLE_TRUTH", truth, e);
        }
    }

    private void matchSubjects(Map<String, TruthFile.Expected> expected) throws IOException, Unreadable {
        ChunkSettings settings = new ChunkSettings(chunkSize != null ? chunkSize : ChunkSettings.DEFAULT.chunkSize(),
                inFlight != null ? inFlight : ChunkSettings.DEFAULT.chunksInFlight());
        MatchTally tally = new MatchTally();
        MatchQuality quality = new MatchQuality();
        long[] withoutTruth = new long[1];
        long start = System.nanoTime();
        CsvSummary summary;
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(subjects), 1 << 16);
             Writer results = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            results.write(ResultsFile.headerLine());
            summary = matcher.match(in, settings, new SubjectsFileMatcher.Results() {
                @Override
                public void outcome(SubjectData subject, MatchOutcome outcome) {
                    write(results, ResultsFile.line(subject, outcome));
                    tally.add(outcome);
                    if (expected != null) {
                        TruthFile.Expected truth = expected.get(subject.subjectId());
                        if (truth == null) {
                            withoutTruth[0]++;
                        } else {
                            quality.add(truth.status(), truth.trueIdNumber(), outcome);
                        }
                    }
                }

                @Override
                public void rowError(CsvRowError error) {
                    // Counted in the summary; the row has no result line.
                }
            });
        } catch (CsvFileException e) {
            throw new Unreadable("UNREADABLE_SUBJECTS", subjects, e);
        }
        double seconds = Seconds.since(start);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("step", "match");
        line.put("subjects", tally.subjects());
        line.put("rowErrors", summary.rowErrors());
        line.put("statuses", tally.byStatus());
        line.put("results", out.toString());
        line.put("seconds", seconds);
        line.put("subjectsPerSecond", Seconds.perSecond(tally.subjects(), seconds));
        CommandOutput.print(json, line);
        if (expected != null) {
            CommandOutput.print(json, qualityLine(quality, withoutTruth[0]));
        }
    }

    static Map<String, Object> qualityLine(MatchQuality quality, long withoutTruth) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("step", "quality");
        line.put("subjects", quality.subjects());
        line.put("withoutTruth", withoutTruth);
        line.put("falseVerified", quality.falseVerified());
        line.put("statusAccuracy", rounded(quality.statusAccuracy()));
        line.put("suggestionRecall", rounded(quality.suggestionRecall()));
        line.put("confidentSuggestions", quality.confidentSuggestions());
        line.put("confidentPrecision", rounded(quality.confidentPrecision()));
        line.put("bulkConfirmable", rounded(quality.bulkConfirmable()));
        return line;
    }

    private static double rounded(double ratio) {
        return Math.round(ratio * 10_000) / 10_000.0;
    }

    private static void write(Writer out, String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file refused as a whole: the code for the JSON problem, and the reader's message (which quotes no data). */
    static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        final String code;

        Unreadable(String code, Path file, CsvFileException cause) {
            super(file + ", line " + cause.line() + ": " + cause.code() + ": " + cause.getMessage(), cause);
            this.code = code;
        }

        Unreadable(String code, String message) {
            super(message);
            this.code = code;
        }
    }
}
