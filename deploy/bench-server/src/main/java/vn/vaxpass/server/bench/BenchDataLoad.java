package vn.vaxpass.server.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.csv.CsvFileException;
import vn.vaxpass.csv.CsvRowHandler;
import vn.vaxpass.imports.ImportResult;
import vn.vaxpass.server.certificate.CommandOutput;
import vn.vaxpass.server.registry.RegistryFileLoad;
import vn.vaxpass.server.registry.Seconds;
import vn.vaxpass.vaccination.SubjectsFile;

/**
 * The benchmarks' data: {@code generate}'s registry.csv through the registry import, and its subjects.csv written
 * straight into {@code vaccination_subject}, every subject in {@link #BENCH_PROVINCE}, each load timed apart and
 * printed as a JSON line. bench-match and bench-correction load the same way.
 */
@Dependent
class BenchDataLoad {

    /** Every bench subject is in this pseudo-province: one scope covers them all. */
    static final String BENCH_PROVINCE = "00";

    private static final String INSERT_SUBJECTS = "INSERT INTO vaccination_subject (subject_id, full_name, date_of_birth,"
            + " gender, id_number, phone, commune_code, province_code)"
            + " SELECT s.*, '" + BENCH_PROVINCE + "' FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],"
            + " $6::text[], $7::text[]) AS s ON CONFLICT (subject_id) DO NOTHING";

    private final RegistryFileLoad registryLoad;
    private final Pool pool;
    private final ObjectMapper json;

    @Inject
    BenchDataLoad(RegistryFileLoad registryLoad, Pool pool, ObjectMapper json) {
        this.registryLoad = registryLoad;
        this.pool = pool;
        this.json = json;
    }

    /** Loads registry.csv, and subjects.csv too when asked; then analyzes both tables. */
    void load(Path data, boolean withSubjects) throws IOException, CsvFileException {
        long start = System.nanoTime();
        ImportResult loaded = registryLoad.load(data.resolve("registry.csv")).result();
        if (loaded.status().refused()) {
            throw new IllegalStateException("registry.csv was refused: " + loaded.status());
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("step", "load-registry");
        line.put("rows", loaded.rowsRead() - loaded.rowErrors());
        line.put("seconds", Seconds.since(start));
        CommandOutput.print(json, line);
        if (withSubjects) {
            start = System.nanoTime();
            long subjects = loadSubjects(data);
            line = new LinkedHashMap<>();
            line.put("step", "load-subjects");
            line.put("rows", subjects);
            line.put("seconds", Seconds.since(start));
            CommandOutput.print(json, line);
        }
        pool.query("ANALYZE registry_person").execute().await().indefinitely();
        pool.query("ANALYZE vaccination_subject").execute().await().indefinitely();
    }

    /** A bench fixture, not an import: subjects as they are, all in {@link #BENCH_PROVINCE}. */
    private long loadSubjects(Path data) throws IOException, CsvFileException {
        List<String[]> batch = new ArrayList<>();
        long[] rows = new long[1];
        try (InputStream in = subjectsFile(data)) {
            SubjectsFile.FORMAT.read(in, CsvRowHandler.of(row -> {
                batch.add(row.values().toArray(String[]::new));
                if (batch.size() == 5_000) {
                    rows[0] += insertSubjects(batch);
                    batch.clear();
                }
            }, error -> { }));
        }
        rows[0] += insertSubjects(batch);
        return rows[0];
    }

    private int insertSubjects(List<String[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        Tuple columns = Tuple.tuple();
        for (int c = 0; c < 7; c++) {
            String[] column = new String[rows.size()];
            for (int i = 0; i < column.length; i++) {
                column[i] = rows.get(i)[c];
            }
            columns.addArrayOfString(column);
        }
        return pool.preparedQuery(INSERT_SUBJECTS).execute(columns).await().indefinitely().rowCount();
    }

    static InputStream subjectsFile(Path data) throws IOException {
        return new BufferedInputStream(Files.newInputStream(data.resolve("subjects.csv")), 1 << 16);
    }
}
