package vn.vaxpass.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.access.Reach;
import vn.vaxpass.imports.ImportResult;
import vn.vaxpass.imports.ImportStatus;
import vn.vaxpass.registry.CsvFile;
import vn.vaxpass.registry.Database;
import vn.vaxpass.registry.ImportRun;

/**
 * An uploader's file creates subjects and changes those it reaches where they are stored; a row with the id of anyone
 * else refuses the whole file (KEY_TAKEN, the row SUBJECT_ID_TAKEN) and nothing changes, whatever the row holds.
 * Stored: VN-0001 of Phúc Xá (00001, Hà Nội), VN-0002 of Bến Nghé (26734, Sài Gòn), VN-0003 of Trúc Bạch (00004, Hà Nội).
 */
@QuarkusTest
class SubjectImportByAnUploaderChangesOnlySubjectsItReaches {

    private static final String PHUC_XA_CHANGED = "VN-0001,Đặng Văn Đức,07/03/1985,Nam,001085000001,0900000000,00001";
    private static final String TRUC_BACH_CHANGED = "VN-0003,Trần Hòa,2001-12-31,M,,0900000000,00004";
    private static final String NEW_IN_PHUC_XA = "VN-0009,Nguyễn Văn An,01/02/1990,Nam,,,00001";

    @Inject
    Pool pool;

    @Inject
    CommuneImport communeImport;

    @Inject
    SubjectImport subjectImport;

    private Database database;
    private List<Map<String, Object>> before;

    @BeforeEach
    void storeThreeSubjects() {
        database = new Database(pool);
        database.clearImportedTables();
        Communes.importHanoiAndSaigon(communeImport);
        Subjects.importSubjects(subjectImport, Subjects.file(Subjects.THREE));
        before = database.rows(Subjects.ALL_ROWS);
    }

    @Test
    void aSubjectOfAnotherCommuneRefusesTheFileAndNothingChanges() {
        ImportRun run = upload(Reach.commune("00001"), NEW_IN_PHUC_XA, PHUC_XA_CHANGED,
                "VN-0003,Kẻ Mạo Danh,01/01/2000,Nam,001200000001,0900000000,00001",
                "VN-0010,,01/01/2000,Nam,,,00001");

        assertThat(run.result()).isEqualTo(new ImportResult(ImportStatus.KEY_TAKEN, 4, 0, 0, 0, 2));
        // Every refused row, so the clerk fixes the file in one go.
        assertThat(run.linesAndCodes()).containsExactly("4 SUBJECT_ID_TAKEN", "5 MISSING_NAME");
        assertThat(run.report().get(0).message()).doesNotContain("00004").doesNotContain("Trần");
        assertThat(database.rows(Subjects.ALL_ROWS)).isEqualTo(before);
    }

    @Test
    void aSubjectElsewhereIsRefusedEvenWhenTheRowWouldChangeNothing() {
        ImportRun run = upload(Reach.province("79"), Subjects.THREE.get(0));

        assertThat(run.result().status()).isEqualTo(ImportStatus.KEY_TAKEN);
        assertThat(run.linesAndCodes()).containsExactly("2 SUBJECT_ID_TAKEN");
        assertThat(database.rows(Subjects.ALL_ROWS)).isEqualTo(before);
    }

    @Test
    void aCommuneChangesItsOwnSubjectsAndCreatesNewOnes() {
        ImportRun run = upload(Reach.commune("00001"), PHUC_XA_CHANGED, NEW_IN_PHUC_XA);

        assertThat(run.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 2, 1, 1, 0, 0));
        assertThat(database.row("SELECT version, phone FROM vaccination_subject WHERE subject_id = 'VN-0001'"))
                .containsEntry("version", 2).containsEntry("phone", "0900000000");
    }

    @Test
    void aProvinceChangesTheSubjectsOfEveryCommuneOfItsProvince() {
        ImportRun run = upload(Reach.province("01"), PHUC_XA_CHANGED, TRUC_BACH_CHANGED);

        assertThat(run.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 2, 0, 2, 0, 0));
    }

    @Test
    void aCallerWithSeveralRolesChangesWhatAnyOfThemReaches() {
        Reach both = Reach.anyOf(List.of(Reach.commune("00001"), Reach.commune("00004")));

        assertThat(upload(both, PHUC_XA_CHANGED, TRUC_BACH_CHANGED).result().updated()).isEqualTo(2);
    }

    @Test
    void theMinistryChangesAnyone() {
        ImportRun run = upload(Reach.ministry(), PHUC_XA_CHANGED, "VN-0002,Nguyen Thi Thuy Hang,1990,Nữ,,,26734");

        assertThat(run.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 2, 0, 2, 0, 0));
    }

    @Test
    void aReachWithoutCommunesChangesNoOne() {
        ImportRun run = upload(Reach.facility("F-01"), PHUC_XA_CHANGED);

        assertThat(run.result().status()).isEqualTo(ImportStatus.KEY_TAKEN);
        assertThat(database.rows(Subjects.ALL_ROWS)).isEqualTo(before);
    }

    private ImportRun upload(Reach uploader, String... rows) {
        CsvFile file = Subjects.file(List.of(rows));
        return ImportRun.of((in, report) -> subjectImport.run(in, report, uploader), SubjectImport.REPORT_KEY_COLUMN,
                file);
    }
}
