package vn.vaxpass.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.csv.CsvErrorReport;
import vn.vaxpass.registry.Database;
import vn.vaxpass.imports.ImportResult;
import vn.vaxpass.registry.ImportRun;
import vn.vaxpass.imports.ImportStatus;
import vn.vaxpass.registry.RegistryImport;
import vn.vaxpass.synthetic.SyntheticDataGenerator;

/**
 * Measures import speed on synthetic data; a measurement, not a timed test, and off unless asked for:
 * {@code ./mvnw -q -pl test-data -am test -Dtest=ImportSpeedOnSyntheticData -Dsurefire.failIfNoSpecifiedTests=false
 * -Dvaxpass.import-speed.dir=/tmp/speed}
 * (2,000,000 people and 1,000,000 subjects unless {@code vaxpass.import-speed.people} and {@code .subjects} say
 * otherwise; the files are generated once into the directory and reused). Each file is imported twice: the second
 * run finds every row unchanged. The doses file holds one to three doses a subject.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "vaxpass.import-speed.dir", matches = ".+")
class ImportSpeedOnSyntheticData {

    private static final Logger LOG = Logger.getLogger(ImportSpeedOnSyntheticData.class);
    private static final long SEED = 20_220_413L;

    @Inject
    Pool pool;

    @Inject
    CommuneImport communeImport;

    @Inject
    RegistryImport registryImport;

    @Inject
    SubjectImport subjectImport;

    @Inject
    DoseImport doseImport;

    @Test
    void importsTheRegistryTheSubjectsAndTheirDosesTwice(TestReporter reporter) throws IOException {
        int people = Integer.getInteger("vaxpass.import-speed.people", 2_000_000);
        int subjects = Integer.getInteger("vaxpass.import-speed.subjects", 1_000_000);
        Path directory = Path.of(System.getProperty("vaxpass.import-speed.dir"), people + "-" + subjects);
        if (!Files.exists(directory.resolve(SyntheticDataGenerator.DOSES_FILE))) {
            new SyntheticDataGenerator().generate(SyntheticDataGenerator.Settings.of(people, subjects, SEED),
                    directory);
        }
        new Database(pool).clearImportedTables();

        measure(reporter, "communes", directory.resolve(SyntheticDataGenerator.COMMUNES_FILE), communeImport::run);
        for (String run : new String[] {"first", "again"}) {
            ImportResult registry = measure(reporter, "registry " + run,
                    directory.resolve(SyntheticDataGenerator.REGISTRY_FILE), registryImport::run);
            assertThat(registry.rowsRead()).isEqualTo(people);
        }
        for (String run : new String[] {"first", "again"}) {
            ImportResult subjectResult = measure(reporter, "subjects " + run,
                    directory.resolve(SyntheticDataGenerator.SUBJECTS_FILE), subjectImport::run);
            assertThat(subjectResult.rowsRead()).isEqualTo(subjects);
        }
        for (String run : new String[] {"first", "again"}) {
            ImportResult doseResult = measure(reporter, "doses " + run,
                    directory.resolve(SyntheticDataGenerator.DOSES_FILE), doseImport::run);
            assertThat(doseResult.rowErrors()).isZero();
        }
    }

    private static ImportResult measure(TestReporter reporter, String name, Path file, ImportRun.Importer importer)
            throws IOException {
        long start = System.nanoTime();
        ImportResult result;
        try (InputStream in = Files.newInputStream(file)) {
            result = importer.run(in, new CsvErrorReport(Writer.nullWriter(), "key"));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String line = String.format("%s: %,d rows in %,d ms (%,d rows/s): %s", name, result.rowsRead(), millis,
                result.rowsRead() * 1000 / Math.max(1, millis), result);
        LOG.info(line);
        reporter.publishEntry(name, line);
        assertThat(result.status()).isEqualTo(ImportStatus.APPLIED);
        return result;
    }
}
