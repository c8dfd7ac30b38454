package vn.vaxpass.server.bench;

import static vn.vaxpass.server.bench.BenchRuns.roundedMedian;
import static vn.vaxpass.server.bench.OnVertxContext.await;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

import vn.vaxpass.access.Reach;
import vn.vaxpass.correction.Actor;
import vn.vaxpass.correction.ListCreation;
import vn.vaxpass.functions.correction.FilledWorkbook;
import vn.vaxpass.functions.correction.ListViews;
import vn.vaxpass.functions.correction.sheet.ImportReport;
import vn.vaxpass.functions.correction.sheet.ListSheet;
import vn.vaxpass.functions.correction.sheet.ListSheetWriter;
import vn.vaxpass.functions.correction.sheet.SheetImport;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.matching.BatchMatcher;
import vn.vaxpass.matching.MatchRun;
import vn.vaxpass.registry.RegistryReader;
import vn.vaxpass.server.VaxpassSubcommand;
import vn.vaxpass.server.certificate.CommandOutput;
import vn.vaxpass.server.registry.Seconds;
import vn.vaxpass.subject.SubjectStore;

/**
 * {@code vaxpass bench-worklist}: a clean-up list as a spreadsheet and back (issue #12), through the beans the
 * spreadsheet endpoint calls (no HTTP). Each run makes a commune of its own ({@link BenchCorrectionCommand}'s
 * numbering, province {@link BenchDataLoad#BENCH_PROVINCE}) of {@code --items} subjects without an ID number, checks
 * them and lists them (untimed); then it times the export as the station sees the list (the list view with its
 * disclosure record, then {@link ListSheetWriter}), fills every row's ID number as a clerk would (untimed), and times
 * the import back ({@link SheetImport}: the file's bounds, reading, and one proposal per row, each in its own
 * transaction). Needs no generated data. Prints one JSON line per run and the medians of the runs after the warm-up.
 */
@Dependent
@Unremovable
@Command(name = "bench-worklist", description = "Time a clean-up list's .xlsx export and its import back, filled in (issue 12); JSON lines, medians of the runs.")
public class BenchWorklistCommand implements Callable<Integer>, VaxpassSubcommand {

    private static final String PROVINCE = BenchDataLoad.BENCH_PROVINCE;
    private static final String NEXT_COMMUNE = "SELECT coalesce(max(commune_code::int), "
            + (BenchCorrectionCommand.COMMUNE_BASE - 1) + ") + 1 FROM commune WHERE commune_code ~ '^9[0-9]{4}$'";
    private static final String INSERT_COMMUNE = "INSERT INTO commune (commune_code, province_code, name)"
            + " VALUES ($1, $2, $3)";
    private static final String INSERT_SUBJECTS = "INSERT INTO vaccination_subject (subject_id, full_name,"
            + " date_of_birth, gender, commune_code, province_code)"
            + " SELECT id, name, '1985-03-07', 'M', $3, $4 FROM unnest($1::text[], $2::text[]) AS s(id, name)";
    private static final List<String> NAMES = List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường",
            "Phạm Thị Dung", "Hoàng Văn Đức", "Đặng Thị Hòa");

    @Option(names = "--items", defaultValue = "2000", description = "Items of each run's list (default ${DEFAULT-VALUE}).")
    int items;

    @Mixin
    MeasuredRuns measured = new MeasuredRuns(5, 1);

    private final Pool pool;
    private final SubjectStore subjects;
    private final BatchMatcher matcher;
    private final ListCreation listCreation;
    private final ListViews views;
    private final SheetImport sheetImport;
    private final ObjectMapper json;

    @Inject
    public BenchWorklistCommand(Pool pool, SubjectStore subjects, BatchMatcher matcher, ListCreation listCreation,
            ListViews views, SheetImport sheetImport, ObjectMapper json) {
        this.pool = pool;
        this.subjects = subjects;
        this.matcher = matcher;
        this.listCreation = listCreation;
        this.views = views;
        this.sheetImport = sheetImport;
        this.json = json;
    }

    @Override
    public Integer call() {
        List<Double> exports = new ArrayList<>();
        List<Double> imports = new ArrayList<>();
        for (int run = 1; run <= measured.total(); run++) {
            Map<String, Object> line = run(run);
            CommandOutput.print(json, line);
            if (!measured.isWarmup(run)) {
                exports.add((Double) line.get("exportSeconds"));
                imports.add((Double) line.get("importSeconds"));
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("step", "bench");
        summary.put("items", items);
        summary.put("processors", Runtime.getRuntime().availableProcessors());
        summary.put("runs", exports.size());
        summary.put("medianExportSeconds", roundedMedian(exports));
        summary.put("medianImportSeconds", roundedMedian(imports));
        CommandOutput.print(json, summary);
        return 0;
    }

    private Map<String, Object> run(int run) {
        String commune = commune();
        Actor station = new Actor("bench-station", Reach.commune(commune));
        RegistryReader reader = new RegistryReader("bench-station", List.of(Roles.COMMUNE_HEALTH),
                Reach.commune(commune));
        UUID list = await(() -> listCreation.create(station, commune));

        long start = System.nanoTime();
        byte[] exported = await(() -> views.read(station, reader, list)
                .map(seen -> ListSheetWriter.write(seen.list(), seen.role())));
        double exportSeconds = Seconds.since(start);

        byte[] filled = filled(exported);

        start = System.nanoTime();
        ImportReport report = await(() -> sheetImport.apply(station, list, filled));
        double importSeconds = Seconds.since(start);

        Map<String, Object> line = measured.lineOf(run);
        line.put("commune", commune);
        line.put("exportSeconds", exportSeconds);
        line.put("exportBytes", exported.length);
        line.put("importSeconds", importSeconds);
        line.put("importBytes", filled.length);
        line.put("applied", report.applied());
        line.put("refused", report.refused());
        return line;
    }

    /** A new commune of {@link #items} subjects without an ID number, each checked once (MISSING_ID). Untimed. */
    private String commune() {
        String commune = Integer.toString(pool.query(NEXT_COMMUNE).execute().await().indefinitely().iterator().next()
                .getInteger(0));
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            ids.add("BW-" + commune + "-" + i);
            names.add(NAMES.get(i % NAMES.size()));
        }
        pool.withTransaction(connection -> connection.preparedQuery(INSERT_COMMUNE).execute(Tuple.of(commune, PROVINCE,
                "Bench worklist " + commune)).chain(() -> connection.preparedQuery(INSERT_SUBJECTS).execute(
                Tuple.of(ids.toArray(String[]::new), names.toArray(String[]::new), commune, PROVINCE))))
                .await().indefinitely();
        matcher.matchAndRecord(subjects.withIds(ids).await().indefinitely(), MatchRun.withoutJob(Instant.now()))
                .await().indefinitely();
        return commune;
    }

    /** The exported workbook as a station fills it: every row's correct ID number typed in, the rest as it was. */
    private static byte[] filled(byte[] exported) {
        FilledWorkbook workbook = FilledWorkbook.from(exported);
        List<String> subjects = workbook.subjectIds();
        for (int row = 1; row <= subjects.size(); row++) {
            workbook.set(subjects.get(row - 1), ListSheet.Column.NEW_ID_NUMBER,
                    String.format(Locale.ROOT, "001085%06d", row));
        }
        return workbook.bytes();
    }
}
