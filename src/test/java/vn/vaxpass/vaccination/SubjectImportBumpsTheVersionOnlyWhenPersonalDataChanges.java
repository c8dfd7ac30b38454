package vn.vaxpass.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.registry.CsvFile;
import vn.vaxpass.registry.Database;
import vn.vaxpass.imports.ImportResult;
import vn.vaxpass.registry.ImportRun;
import vn.vaxpass.imports.ImportStatus;

/**
 * A subject whose personal data changed gets the next version, so match results and certificates can tell which data
 * they saw; a subject whose data did not change keeps its version and its row.
 */
@QuarkusTest
class SubjectImportBumpsTheVersionOnlyWhenPersonalDataChanges {

    private static final String FIRST = Subjects.THREE.get(0);

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
        importSubjects(Subjects.file(Subjects.THREE));
        before = database.rows(Subjects.ALL_ROWS);
    }

    /** Each column of the file, changed on the first subject: "subject_id,full_name,...". */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "VN-0001,Đặng Văn Đứt,07/03/1985,Nam,001085000001,0912345678,00001",
        "VN-0001,Đặng Văn Đức,7/3/1985,Nam,001085000001,0912345678,00001",
        "VN-0001,Đặng Văn Đức,07/03/1985,M,001085000001,0912345678,00001",
        "VN-0001,Đặng Văn Đức,07/03/1985,Nam,001085000011,0912345678,00001",
        "VN-0001,Đặng Văn Đức,07/03/1985,Nam,001085000001,,00001",
        "VN-0001,Đặng Văn Đức,07/03/1985,Nam,001085000001,0912345678,00004"})
    void aChangeOfAnyPersonalValueBumpsTheVersionOfThatSubjectOnly(String changed) {
        ImportRun run = importSubjects(Subjects.file(List.of(changed, Subjects.THREE.get(1), Subjects.THREE.get(2))));

        assertThat(run.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 3, 0, 1, 2, 0));
        List<Map<String, Object>> after = database.rows(Subjects.ALL_ROWS);
        assertThat(after.get(0)).containsEntry("version", 2);
        assertThat((OffsetDateTime) after.get(0).get("updated_at"))
                .isAfter((OffsetDateTime) before.get(0).get("updated_at"));
        assertThat(after.subList(1, 3)).isEqualTo(before.subList(1, 3));
    }

    @Test
    void eachImportThatChangesASubjectBumpsItAgain() {
        importSubjects(Subjects.file(List.of(FIRST.replace("Đức", "Đứt"))));
        importSubjects(Subjects.file(List.of(FIRST.replace("Đức", "Đứt"))));
        importSubjects(Subjects.file(List.of(FIRST)));

        assertThat(database.row("SELECT version, full_name FROM vaccination_subject WHERE subject_id = 'VN-0001'"))
                .containsEntry("version", 3).containsEntry("full_name", "Đặng Văn Đức");
    }

    @Test
    void aCommuneMovedToAnotherProvinceMovesItsSubjectsWithoutANewVersion() {
        Communes.importCommunes(communeImport, CsvFile.withHeader(Communes.HEADER).line("00004,02,Xã Trúc Bạch"));

        ImportRun run = importSubjects(Subjects.file(Subjects.THREE));

        assertThat(run.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 3, 0, 1, 2, 0));
        Map<String, Object> moved = database.rows(Subjects.ALL_ROWS).get(2);
        Map<String, Object> expected = new java.util.HashMap<>(before.get(2));
        expected.put("province_code", "02");
        expected.put("xmin", moved.get("xmin"));
        expected.put("xmax", moved.get("xmax"));
        assertThat(moved).isEqualTo(expected);
    }

    @Test
    void subjectsMissingFromTheFileStayAsTheyWere() {
        ImportRun run = importSubjects(Subjects.file(Subjects.THREE.subList(0, 1)));

        assertThat(run.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 1, 0, 0, 1, 0));
        assertThat(database.rows(Subjects.ALL_ROWS)).isEqualTo(before);
    }

    private ImportRun importSubjects(CsvFile file) {
        return Subjects.importSubjects(subjectImport, file);
    }
}
