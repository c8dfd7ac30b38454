package vn.vaxpass.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.imports.ImportResult;
import vn.vaxpass.imports.ImportStatus;
import vn.vaxpass.registry.CsvFile;
import vn.vaxpass.registry.Database;
import vn.vaxpass.registry.ImportRun;

@QuarkusTest
class CommuneSuccessorImportMapsOldCodesToTodaysCommune {

    private static final String HEADER = "old_commune_code,current_commune_code";

    @Inject
    Pool pool;
    @Inject
    CommuneImport communeImport;
    @Inject
    CommuneSuccessorImport successorImport;
    @Inject
    CommuneStore communes;

    @BeforeEach
    void communesOnly() {
        new Database(pool).clearImportedTables();
        pool.query("TRUNCATE commune_successor").executeAndAwait();
        Communes.importHanoiAndSaigon(communeImport);
    }

    @Test
    void eachOldCodeIsReadAsTheCurrentCommuneItWasMergedInto() {
        ImportRun run = importSuccessors(CsvFile.withHeader(HEADER).line("00004,00001").line("00007,00001"));

        assertThat(run.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 2, 2, 0, 0, 0));
        assertThat(communes.recordCodesOf("00001").await().indefinitely()).containsExactly("00001", "00004", "00007");
        assertThat(communes.standingOf("00004").await().indefinitely()).hasValueSatisfying(standing -> {
            assertThat(standing.merged()).isTrue();
            assertThat(standing.currentCode()).isEqualTo("00001");
        });
        assertThat(communes.currentOf("00004").await().indefinitely())
                .contains(new CommuneStore.Current("00001", "01"));
        assertThat(communes.currentOf("26734").await().indefinitely())
                .contains(new CommuneStore.Current("26734", "79"));
    }

    @Test
    void aMappingThatCannotLeadToTodaysCommuneInOneStepIsReportedAndTheOthersStored() {
        ImportRun run = importSuccessors(CsvFile.withHeader(HEADER)
                .line("00004,00001")
                .line("00001,00001")
                .line("00013,99999")
                .line("26734,00004")
                .line(",00001"));

        assertThat(run.linesAndCodes()).containsExactlyInAnyOrder("3 SAME_COMMUNE", "4 UNKNOWN_CURRENT_COMMUNE",
                "5 CURRENT_COMMUNE_MERGED", "6 MISSING_COMMUNE_CODE");
        assertThat(communes.successors().await().indefinitely()).containsExactly(Map.entry("00004",
                "00001"));
    }

    private ImportRun importSuccessors(CsvFile file) {
        return ImportRun.of(successorImport::run, CommuneSuccessorImport.REPORT_KEY_COLUMN, file);
    }
}
