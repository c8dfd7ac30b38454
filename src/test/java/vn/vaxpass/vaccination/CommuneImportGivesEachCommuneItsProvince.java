package vn.vaxpass.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.registry.CsvFile;
import vn.vaxpass.registry.Database;
import vn.vaxpass.imports.ImportResult;
import vn.vaxpass.registry.ImportRun;
import vn.vaxpass.imports.ImportStatus;

@QuarkusTest
class CommuneImportGivesEachCommuneItsProvince {

    private static final String ALL_ROWS = "SELECT xmin::text AS xmin, xmax::text AS xmax, * FROM commune ORDER BY commune_code";

    @Inject
    Pool pool;

    @Inject
    CommuneImport communeImport;

    private Database database;

    @BeforeEach
    void startEmpty() {
        database = new Database(pool);
        database.clearImportedTables();
    }

    @Test
    void eachCommuneIsStoredWithItsProvince() {
        ImportRun run = importCommunes(CsvFile.withHeader(Communes.HEADER).lines(Communes.HANOI_AND_SAIGON)
                .line(" 00007 ,01,"));

        assertThat(run.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 4, 4, 0, 0, 0));
        assertThat(database.rows("SELECT commune_code, province_code, name FROM commune ORDER BY commune_code"))
                .extracting(row -> row.get("commune_code") + " " + row.get("province_code") + " " + row.get("name"))
                .containsExactly("00001 01 Phường Phúc Xá", "00004 01 Phường Trúc Bạch", "00007 01 null",
                        "26734 79 Phường Bến Nghé");
    }

    @Test
    void theSameFileTwiceWritesNoRowAndAChangedCommuneIsUpdated() {
        importCommunes(CsvFile.withHeader(Communes.HEADER).lines(Communes.HANOI_AND_SAIGON));
        List<Map<String, Object>> before = database.rows(ALL_ROWS);

        ImportRun again = importCommunes(CsvFile.withHeader(Communes.HEADER).lines(Communes.HANOI_AND_SAIGON));
        List<Map<String, Object>> unchanged = database.rows(ALL_ROWS);
        ImportRun renamed = importCommunes(CsvFile.withHeader(Communes.HEADER)
                .lines(Communes.HANOI_AND_SAIGON.subList(0, 2)).line("26734,79,Phường Sài Gòn"));

        assertThat(again.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 3, 0, 0, 3, 0));
        assertThat(unchanged).isEqualTo(before);
        assertThat(renamed.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 3, 0, 1, 2, 0));
        assertThat(database.row("SELECT name FROM commune WHERE commune_code = '26734'"))
                .containsEntry("name", "Phường Sài Gòn");
    }

    @Test
    void unreadableRowsAreReportedAndTheOthersStored() {
        ImportRun run = importCommunes(CsvFile.withHeader(Communes.HEADER)
                .line("00001,01,Phường Phúc Xá")
                .line(",01,Phường Trúc Bạch")
                .line("00007,1,Phường Cống Vị")
                .line("00010,HN,Phường Liễu Giai")
                .line("00013,01,Phường Ngọc Hà")
                .line("00013,01,Phường Điện Biên")
                .line("00016000160001600016,01,Phường Đội Cấn"));

        assertThat(run.linesAndCodes()).containsExactly("3 MISSING_COMMUNE_CODE", "4 INVALID_PROVINCE_CODE",
                "5 INVALID_PROVINCE_CODE", "6 DUPLICATE_COMMUNE_CODE", "7 DUPLICATE_COMMUNE_CODE",
                "8 VALUE_TOO_LONG");
        assertThat(run.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 7, 1, 0, 0, 6));
        assertThat(database.count("commune")).isEqualTo(1);
    }

    private ImportRun importCommunes(CsvFile file) {
        return Communes.importCommunes(communeImport, file);
    }
}
