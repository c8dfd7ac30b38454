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
 * A dose whose numbers, day or codes cannot go on a certificate, or whose subject is unknown, is reported with its
 * line and code and skipped; the other doses land.
 */
@QuarkusTest
class DoseImportReportsUnreadableRowsAndAppliesTheRest {

    private static final String CODES = "EU/1/20/1528,ORG-100030215,J07BX03";

    @Inject
    Pool pool;

    @Inject
    CommuneImport communeImport;

    @Inject
    SubjectImport subjectImport;

    @Inject
    DoseImport doseImport;

    private Database database;

    @BeforeEach
    void startWithSubjects() {
        database = new Database(pool);
        database.clearImportedTables();
        Doses.importTheirSubjects(communeImport, subjectImport);
    }

    @Test
    void eachUnreadableRowIsReportedWithItsLineAndCode() {
        ImportRun run = Doses.importDoses(doseImport, CsvFile.withHeader(Doses.HEADER)
                .line("VN-0001,1,2,14/07/2021," + CODES + ",FF2587,79-001")                    // 2 applied
                .line(",1,2,14/07/2021," + CODES + ",FF2587,79-001")                           // 3
                .line("VN-0001,0,2,14/07/2021," + CODES + ",FF2587,79-001")                    // 4
                .line("VN-0001,2,hai,14/07/2021," + CODES + ",FF2587,79-001")                  // 5
                .line("VN-0001,2,2,07/14/2021," + CODES + ",FF2587,79-001")                    // 6 month first
                .line("VN-0001,2,2,2021," + CODES + ",FF2587,79-001")                          // 7 a year alone
                .line("VN-0001,2,2,14/07/2019," + CODES + ",FF2587,79-001")                    // 8 before vaccines
                .line("VN-0001,2,2,14/07/2999," + CODES + ",FF2587,79-001")                    // 9 in the future
                .line("VN-0001,2,2,14/07/2021,Sputnik,ORG-100030215,J07BX03,FF2587,79-001")    // 10
                .line("VN-0001,2,2,14/07/2021,EU/1/20/1528,Pfizer,J07BX03,FF2587,79-001")      // 11
                .line("VN-0001,2,2,14/07/2021,EU/1/20/1528,ORG-100030215,mRNA,FF2587,79-001")  // 12
                .line("VN-0001,2,2,14/07/2021," + CODES + ",FF2587, ")                         // 13
                .line("VN-0001,2,2,14/07/2021," + CODES + "," + "L".repeat(65) + ",79-001")    // 14 lot over 64
                .line("VN-0001,2,2,14/07/2021," + CODES + ",FF\0,79-001")                      // 15
                .line("VN-0099,1,1,14/07/2021," + CODES + ",FF2587,79-001")                    // 16
                .line("VN-0002,1,2,03/08/2021," + CODES + ",FF2587,01-004")                    // 17 on two lines
                .line("VN-0002,01,2,04/08/2021," + CODES + ",FF2587,01-004")                   // 18
                .line("VN-0003,1,1,2021-11-05," + CODES + ",,01-004"));                        // 19 applied

        assertThat(run.linesAndCodes()).containsExactly(
                "3 MISSING_SUBJECT_ID",
                "4 INVALID_DOSE_NUMBER",
                "5 INVALID_TOTAL_DOSES",
                "6 INVALID_VACCINATION_DATE",
                "7 INVALID_VACCINATION_DATE",
                "8 VACCINATION_DATE_OUT_OF_RANGE",
                "9 VACCINATION_DATE_OUT_OF_RANGE",
                "10 UNKNOWN_PRODUCT",
                "11 UNKNOWN_MANUFACTURER",
                "12 UNKNOWN_PROPHYLAXIS",
                "13 MISSING_FACILITY",
                "14 VALUE_TOO_LONG",
                "15 INVALID_CHARACTER",
                "16 UNKNOWN_SUBJECT",
                "17 DUPLICATE_DOSE",
                "18 DUPLICATE_DOSE");
        assertThat(run.report()).allSatisfy(line -> assertThat(line.message())
                .doesNotContain("Sputnik", "Pfizer", "mRNA", "07/14/2021", "VN-0099"));
        assertThat(run.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 18, 2, 0, 0, 16));
        assertThat(database.rows("SELECT subject_id, dose_number FROM dose ORDER BY subject_id"))
                .extracting(row -> row.get("subject_id") + " " + row.get("dose_number"))
                .containsExactly("VN-0001 1", "VN-0003 1");
    }

    @Test
    void withoutTheirSubjectsNoDoseIsImported() {
        database.clearImportedTables();

        ImportRun run = Doses.importDoses(doseImport, Doses.file(Doses.FOUR));

        assertThat(run.linesAndCodes()).containsExactly("2 UNKNOWN_SUBJECT", "3 UNKNOWN_SUBJECT", "4 UNKNOWN_SUBJECT",
                "5 UNKNOWN_SUBJECT");
        assertThat(database.count("dose")).isZero();
    }

    @Test
    void aMalformedFileChangesNoDose() {
        Doses.importDoses(doseImport, Doses.file(Doses.FOUR));
        var before = database.rows(Doses.ALL_ROWS);

        ImportRun run = Doses.importDoses(doseImport, CsvFile.withHeader(Doses.HEADER)
                .line("VN-0001,2,2,2021-09-14,EU/1/20/1528,ORG-100030215,J07BX03,CHANGED,79-001")
                .line("VN-0003,2,2,2022-01-05,EU/1/20/1528,ORG-100030215,J07BX03,FF1,Trạm, y tế"));

        assertThat(run.result().status()).isEqualTo(ImportStatus.MALFORMED_ROWS);
        assertThat(database.rows(Doses.ALL_ROWS)).isEqualTo(before);
    }
}
