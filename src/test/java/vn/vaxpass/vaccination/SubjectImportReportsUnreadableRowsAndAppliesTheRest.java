package vn.vaxpass.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * A subject whose date, gender or commune cannot be read is reported with its line and code and skipped; the other
 * subjects land. Mistakes the matcher reports (a malformed ID number) are not row errors: they are kept as typed.
 */
@QuarkusTest
class SubjectImportReportsUnreadableRowsAndAppliesTheRest {

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
    void eachUnreadableRowIsReportedWithItsLineAndCode() {
        ImportRun run = importSubjects(CsvFile.withHeader(Subjects.HEADER)
                .line("VN-1,Đặng Văn Đức,07/03/1985,Nam,001085000001,0912345678,00001")    // 2 applied
                .line(",Đặng Văn Đức,07/03/1985,Nam,001085000001,0912345678,00001")        // 3
                .line("VN-3,,07/03/1985,Nam,001085000001,0912345678,00001")                // 4
                .line("VN-4,Đặng Văn Đức,12/25/1985,Nam,001085000001,0912345678,00001")    // 5 month first
                .line("VN-5,Đặng Văn Đức,07/03/1985,Khác,001085000001,0912345678,00001")   // 6
                .line("VN-6,Đặng Văn Đức,07/03/1985,Nam,001085000001,0912345678,")         // 7
                .line("VN-7,Đặng Văn Đức,07/03/1985,Nam,001085000001,0912345678,99999")    // 8
                .line("VN-8,Đặng Văn Đức,07/03/1985,Nam,001085000001,"
                        + "0912345678 0912345678 0912345678 0912,00001")                    // 9 phone over 32
                .line("VN-9,Đặng Văn Đức\0,07/03/1985,Nam,001085000001,0912345678,00001")  // 10
                .line("VN-10,Đặng Văn Đức,07/03/1985,Nam,001085000001,0912345678,00001")   // 11 on two lines
                .line("VN-10,Đặng Văn Đức,07/03/1985,Nam,001085000001,0912345678,00004")   // 12
                .line("VN-13,\"Nguyễn Văn An, con\",1985,M,O79123456789,,26734")          // 13 applied
                .line("VN-14,Nguyễn Thị Lan,1990,F,7.91E+10,,00004"));                   // 14 applied

        assertThat(run.linesAndCodes()).containsExactly(
                "3 MISSING_SUBJECT_ID",
                "4 MISSING_NAME",
                "5 INVALID_DATE_OF_BIRTH",
                "6 INVALID_GENDER",
                "7 MISSING_COMMUNE",
                "8 UNKNOWN_COMMUNE",
                "9 VALUE_TOO_LONG",
                "10 INVALID_CHARACTER",
                "11 DUPLICATE_SUBJECT_ID",
                "12 DUPLICATE_SUBJECT_ID");
        assertThat(run.report().get(5).key()).isEqualTo("VN-7");
        assertThat(run.report().get(5).message()).doesNotContain("99999");
        assertThat(run.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 13, 3, 0, 0, 10));
        assertThat(database.rows("SELECT subject_id, id_number, province_code FROM vaccination_subject"
                + " ORDER BY subject_id"))
                .extracting(row -> row.get("subject_id") + " " + row.get("id_number") + " " + row.get("province_code"))
                .containsExactly("VN-1 001085000001 01", "VN-13 O79123456789 79", "VN-14 7.91E+10 01");
    }

    @Test
    void withoutTheirCommunesNoSubjectHasAProvinceAndNoneIsImported() {
        database.clearImportedTables();

        ImportRun run = importSubjects(Subjects.file(Subjects.THREE));

        assertThat(run.linesAndCodes()).containsExactly("2 UNKNOWN_COMMUNE", "3 UNKNOWN_COMMUNE", "4 UNKNOWN_COMMUNE");
        assertThat(run.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 3, 0, 0, 0, 3));
        assertThat(database.count("vaccination_subject")).isZero();
    }

    private ImportRun importSubjects(CsvFile file) {
        return Subjects.importSubjects(subjectImport, file);
    }
}
