package vn.vaxpass.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
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

/** The same subjects file twice changes nothing: no row rewritten, no version bumped. */
@QuarkusTest
class SubjectImportChangesNothingTheSecondTime {

    @Inject
    Pool pool;

    @Inject
    CommuneImport communeImport;

    @Inject
    SubjectImport subjectImport;

    private Database database;

    @BeforeEach
    void startWithCommunes() {
        database = new Database(pool);
        database.clearImportedTables();
        Communes.importHanoiAndSaigon(communeImport);
    }

    @Test
    void theFirstImportKeepsWhatClerksTypedAndGivesEachSubjectItsProvince() {
        ImportRun run = importSubjects(Subjects.file(Subjects.THREE));

        assertThat(run.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 3, 3, 0, 0, 0));
        assertThat(database.rows("SELECT subject_id, full_name, date_of_birth, gender, id_number, phone,"
                + " commune_code, province_code, version FROM vaccination_subject ORDER BY subject_id"))
                .extracting(row -> (List<Object>) new ArrayList<Object>(row.values())).containsExactly(
                        Arrays.<Object>asList("VN-0001", "Đặng Văn Đức", "07/03/1985", "Nam", "001085000001", "0912345678", "00001",
                                "01", 1),
                        Arrays.<Object>asList("VN-0002", "Nguyen Thi Thuy Hang", "1990", "Nữ", "7.91E+10", null,
                                "26734", "79", 1),
                        Arrays.<Object>asList("VN-0003", "Trần Hòa", "2001-12-31", "M", null, "0987654321",
                                "00004", "01", 1));
    }

    @Test
    void theSecondImportOfTheSameFileWritesNoRow() {
        importSubjects(Subjects.file(Subjects.THREE));
        List<Map<String, Object>> before = database.rows(Subjects.ALL_ROWS);

        ImportRun again = importSubjects(Subjects.file(Subjects.THREE));

        assertThat(again.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 3, 0, 0, 3, 0));
        assertThat(database.rows(Subjects.ALL_ROWS)).isEqualTo(before);
    }

    @Test
    void aFileWithExcelsByteOrderMarkAndCrlfIsTheSameFileAsWithout() {
        CsvFile excel = CsvFile.withByteOrderMarkAndHeader(Subjects.HEADER + "\r");
        Subjects.THREE.forEach(subject -> excel.text(subject + "\r\n"));
        ImportRun first = importSubjects(excel);
        List<Map<String, Object>> before = database.rows(Subjects.ALL_ROWS);

        ImportRun plain = importSubjects(Subjects.file(Subjects.THREE));

        assertThat(first.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 3, 3, 0, 0, 0));
        assertThat(plain.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 3, 0, 0, 3, 0));
        assertThat(database.rows(Subjects.ALL_ROWS)).isEqualTo(before);
    }

    private ImportRun importSubjects(CsvFile file) {
        return Subjects.importSubjects(subjectImport, file);
    }
}
