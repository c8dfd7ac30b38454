package vn.vaxpass.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.registry.Database;
import vn.vaxpass.imports.ImportResult;
import vn.vaxpass.registry.ImportRun;
import vn.vaxpass.imports.ImportStatus;
import vn.vaxpass.synthetic.SyntheticDataGenerator;

/**
 * The generator's doses.csv is what the doses import accepts: every dose lands, every subject has one to three, given
 * in Viet Nam's 2021–22 campaign at its commune's health station.
 */
@QuarkusTest
class GeneratedDosesImportWithoutARowError {

    private static final int SUBJECTS = 1_500;

    @Inject
    Pool pool;

    @Inject
    CommuneImport communeImport;

    @Inject
    SubjectImport subjectImport;

    @Inject
    DoseImport doseImport;

    @TempDir
    Path directory;

    @Test
    void everyGeneratedDoseLandsAndBelongsToItsSubjectsCommune() throws IOException {
        SyntheticDataGenerator.Summary summary = new SyntheticDataGenerator()
                .generate(SyntheticDataGenerator.Settings.of(3_000, SUBJECTS, 11), directory);
        Database database = new Database(pool);
        database.clearImportedTables();

        importFile(SyntheticDataGenerator.COMMUNES_FILE, communeImport::run, CommuneImport.REPORT_KEY_COLUMN);
        importFile(SyntheticDataGenerator.SUBJECTS_FILE, subjectImport::run, SubjectImport.REPORT_KEY_COLUMN);
        ImportResult doses = importFile(SyntheticDataGenerator.DOSES_FILE, doseImport::run,
                DoseImport.REPORT_KEY_COLUMN);

        assertThat(doses.inserted()).isEqualTo(summary.doses()).isBetween((long) SUBJECTS, 3L * SUBJECTS);
        assertThat(database.row("""
                SELECT count(DISTINCT d.subject_id) AS subjects,
                       count(*) FILTER (WHERE d.facility_code <> 'TYT' || s.commune_code) AS elsewhere,
                       max(d.dose_number) AS most
                FROM dose d JOIN vaccination_subject s ON s.subject_id = d.subject_id"""))
                .containsEntry("subjects", (long) SUBJECTS)
                .containsEntry("elsewhere", 0L)
                .containsEntry("most", (short) 3);
        assertThat((LocalDate) database.row("SELECT min(vaccinated_on) AS first FROM dose").get("first"))
                .isAfterOrEqualTo(LocalDate.of(2021, 3, 8));
        assertThat(database.count("dose WHERE dose_number > 1 AND vaccinated_on <= (SELECT p.vaccinated_on"
                + " FROM dose p WHERE p.subject_id = dose.subject_id AND p.dose_number = dose.dose_number - 1)"))
                .as("doses out of order").isZero();
    }

    private ImportResult importFile(String file, ImportRun.Importer importer, String keyColumn) throws IOException {
        try (InputStream in = Files.newInputStream(directory.resolve(file))) {
            ImportRun run = ImportRun.of(importer, keyColumn, in);
            assertThat(run.result().status()).as(file).isEqualTo(ImportStatus.APPLIED);
            assertThat(run.report()).as(file).isEmpty();
            return run.result();
        }
    }
}
