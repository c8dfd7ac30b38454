package vn.vaxpass.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.confirmation.ConfirmationState;
import vn.vaxpass.confirmation.DoseConfirmations;
import vn.vaxpass.confirmation.DoseStore;
import vn.vaxpass.registry.Database;
import vn.vaxpass.imports.ImportResult;
import vn.vaxpass.registry.ImportRun;
import vn.vaxpass.imports.ImportStatus;

/**
 * The same doses file twice changes nothing; a dose changed in the file is updated in place, and the confirmation its
 * facility gave the old content no longer counts.
 */
@QuarkusTest
class DoseImportChangesNothingTheSecondTime {

    @Inject
    Pool pool;

    @Inject
    CommuneImport communeImport;

    @Inject
    SubjectImport subjectImport;

    @Inject
    DoseImport doseImport;

    @Inject
    DoseConfirmations confirmations;

    private Database database;

    @BeforeEach
    void startWithSubjects() {
        database = new Database(pool);
        database.clearImportedTables();
        Doses.importTheirSubjects(communeImport, subjectImport);
    }

    @Test
    void theFirstImportStoresNumbersDatesAndCodesAsADoseHasThem() {
        ImportRun run = importDoses(Doses.FOUR);

        assertThat(run.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 4, 4, 0, 0, 0));
        assertThat(database.rows("SELECT subject_id, dose_number, total_doses, vaccinated_on, product, manufacturer,"
                + " prophylaxis, lot, facility_code FROM dose ORDER BY subject_id, dose_number"))
                .extracting(row -> (List<Object>) new ArrayList<Object>(row.values())).containsExactly(
                        Arrays.<Object>asList("VN-0001", (short) 1, (short) 2, LocalDate.of(2021, 7, 14),
                                "EU/1/20/1528", "ORG-100030215", "J07BX03", "FF2587", "79-001"),
                        Arrays.<Object>asList("VN-0001", (short) 2, (short) 2, LocalDate.of(2021, 9, 14),
                                "EU/1/20/1528", "ORG-100030215", "J07BX03", "FF2590", "79-001"),
                        Arrays.<Object>asList("VN-0002", (short) 1, (short) 2, LocalDate.of(2021, 8, 3),
                                "EU/1/21/1529", "ORG-100001699", "J07BX03", null, "01-004"),
                        Arrays.<Object>asList("VN-0003", (short) 1, (short) 1, LocalDate.of(2021, 11, 5),
                                "EU/1/20/1525", "ORG-100001417", "J07BX03", "XD955", "01-004"));
    }

    @Test
    void theSecondImportOfTheSameFileWritesNoRow() {
        importDoses(Doses.FOUR);
        List<Map<String, Object>> before = database.rows(Doses.ALL_ROWS);

        ImportRun again = importDoses(Doses.FOUR);

        assertThat(again.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 4, 0, 0, 4, 0));
        assertThat(database.rows(Doses.ALL_ROWS)).isEqualTo(before);
    }

    @Test
    void aChangedDoseIsUpdatedInPlaceAndLosesItsConfirmation() {
        importDoses(Doses.FOUR);
        LocalDate day = LocalDate.of(2021, 9, 14);
        confirmations.confirmDay("79-001", day, "staff-1", Instant.now()).await().indefinitely();
        long id = doseId("VN-0001", 2);
        assertThat(state("VN-0001", 2)).isEqualTo(ConfirmationState.CONFIRMED);

        ImportRun changed = importDoses(List.of(
                "VN-0001,2,2,2021-09-14,EU/1/20/1528,ORG-100030215,J07BX03,FF2591,79-001"));

        assertThat(changed.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 1, 0, 1, 0, 0));
        assertThat(doseId("VN-0001", 2)).isEqualTo(id);
        assertThat(state("VN-0001", 2)).isEqualTo(ConfirmationState.CHANGED_AFTER_CONFIRMATION);
        assertThat(state("VN-0001", 1)).isEqualTo(ConfirmationState.NOT_CONFIRMED);
        assertThat(database.count("dose")).isEqualTo(4);
    }

    private ImportRun importDoses(List<String> rows) {
        return Doses.importDoses(doseImport, Doses.file(rows));
    }

    private long doseId(String subjectId, int doseNumber) {
        return pool.preparedQuery("SELECT id FROM dose WHERE subject_id = $1 AND dose_number = $2")
                .executeAndAwait(Tuple.of(subjectId, doseNumber)).iterator().next().getLong(0);
    }

    private ConfirmationState state(String subjectId, int doseNumber) {
        return DoseStore.read(pool.preparedQuery("SELECT " + DoseStore.COLUMNS
                        + " FROM dose d WHERE d.subject_id = $1 AND d.dose_number = $2")
                .executeAndAwait(Tuple.of(subjectId, doseNumber)).iterator().next()).state();
    }
}
