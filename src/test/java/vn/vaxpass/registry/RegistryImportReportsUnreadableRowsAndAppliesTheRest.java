package vn.vaxpass.registry;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.imports.ImportResult;
import vn.vaxpass.imports.ImportStatus;
/**
 * A well-formed row whose values cannot be read is reported with its line and code and skipped; the other rows land.
 * The report quotes no value of a row but its key.
 */
@QuarkusTest
class RegistryImportReportsUnreadableRowsAndAppliesTheRest {

    private static final String HEADER = RegistryImportChangesNothingTheSecondTime.HEADER;

    @Inject
    Pool pool;

    @Inject
    RegistryImport registryImport;

    private Database database;

    @BeforeEach
    void startWithOnePerson() {
        database = new Database(pool);
        database.clearImportedTables();
        importPeople(CsvFile.withHeader(HEADER).line("001085000009,012345679,Lê Văn Tám,1985,M,00010"));
    }

    @Test
    void eachUnreadableRowIsReportedWithItsLineAndCode() {
        ImportRun run = importPeople(CsvFile.withHeader(HEADER)
                .line("001085000001,,Đặng Văn Đức,1985-03-07,M,00001")          // 2 applied
                .line("79085000002,,Nguyễn Văn An,1985-03-07,M,00001")          // 3 a spreadsheet dropped the 0
                .line("012345672,,Nguyễn Văn An,1985-03-07,M,00001")            // 4 a CMND where the CCCD goes
                .line("001085000004,12345,Nguyễn Văn An,1985-03-07,M,00001")    // 5
                .line("001085000005,, ,1985-03-07,M,00001")                     // 6
                .line("001085000006,,Nguyễn Văn An,31/02/1985,M,00001")         // 7
                .line("001085000007,,Nguyễn Văn An,1985-03-07,X,00001")         // 8
                .line("")                                                        // 9 blank: skipped, not a row
                .line("001085000010,,Nguyễn Văn An,1985-03-07,M,")              // 10
                .line("001085000011,,Nguyễn Văn An,1985-03-07,M,00001000010000100") // 11 17 characters
                .line("001085000012,,Nguyễn\0 Văn An,1985-03-07,M,00001")       // 12
                .line("001085000013,,Nguyễn Văn An,1985-03-07,M,00001")         // 13 on two lines
                .line("001085000014,,\"Phạm Thị\nLan\",1990,F,00001")          // 14-15 applied
                .line("001085000013,,Nguyễn Văn Bình,1985-03-07,M,00001")       // 16
                .line("001085000017,012345678,Hồ Văn Nam,1970,M,00001")         // 17 old number on two lines
                .line("001085000018,012345678,Hồ Văn Bắc,1970,M,00001")         // 18
                .line("001085000019,012345679,Vũ Văn Tám,1985,M,00010")         // 19 Lê Văn Tám's old number
                .line("001085000020,,Trương Văn Hai,1962,Nữ,00001"));          // 20 applied

        assertThat(run.linesAndCodes()).containsExactly(
                "3 INVALID_ID_NUMBER",
                "4 INVALID_ID_NUMBER",
                "5 INVALID_OLD_ID_NUMBER",
                "6 MISSING_NAME",
                "7 INVALID_DATE_OF_BIRTH",
                "8 INVALID_GENDER",
                "10 MISSING_COMMUNE",
                "11 VALUE_TOO_LONG",
                "12 INVALID_CHARACTER",
                "13 DUPLICATE_ID_NUMBER",
                "16 DUPLICATE_ID_NUMBER",
                "17 DUPLICATE_OLD_ID_NUMBER",
                "18 DUPLICATE_OLD_ID_NUMBER",
                "19 OLD_ID_NUMBER_TAKEN");
        assertThat(run.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 17, 3, 0, 0, 14));
        assertThat(database.rows("SELECT id_number FROM registry_person ORDER BY id_number"))
                .extracting(row -> row.get("id_number"))
                .containsExactly("001085000001", "001085000009", "001085000014", "001085000020");
    }

    @Test
    void theReportNamesTheRowByItsKeyAndSaysWhatIsWrongWithoutQuotingIt() {
        ImportRun run = importPeople(CsvFile.withHeader(HEADER)
                .line("001085000006,,Nguyễn Văn An,31/02/1985,M,00001")
                .line("001085000013,,Nguyễn Văn An,1985-03-07,M,00001")
                .line("001085000013,,Nguyễn Văn Bình,1985-03-07,M,00001"));

        assertThat(run.report()).containsExactly(
                new ImportRun.ReportLine(2, "INVALID_DATE_OF_BIRTH", "001085000006", "The date_of_birth is not a date"
                        + " (INVALID_DAY): write YYYY-MM-DD, or YYYY when only the year is known."),
                new ImportRun.ReportLine(3, "DUPLICATE_ID_NUMBER", "001085000013", "The id_number is on 2 lines of"
                        + " the file (first on line 3), but a person appears once per file. None of these lines was"
                        + " imported."),
                new ImportRun.ReportLine(4, "DUPLICATE_ID_NUMBER", "001085000013", "The id_number is on 2 lines of"
                        + " the file (first on line 3), but a person appears once per file. None of these lines was"
                        + " imported."));
    }

    @Test
    void aFileOfOnlyUnreadableRowsChangesNothingAndSaysWhy() {
        ImportRun run = importPeople(CsvFile.withHeader(HEADER).line("001085000007,,Nguyễn Văn An,1985-03-07,X,00001"));

        assertThat(run.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 1, 0, 0, 0, 1));
        assertThat(run.linesAndCodes()).containsExactly("2 INVALID_GENDER");
        assertThat(database.count("registry_person")).isEqualTo(1);
    }

    private ImportRun importPeople(CsvFile file) {
        return ImportRun.of(registryImport::run, RegistryImport.REPORT_KEY_COLUMN, file);
    }
}
