package vn.vaxpass.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.imports.ImportResult;
import vn.vaxpass.imports.ImportStatus;
/** The same registry extract twice changes nothing: upserts keyed by id_number leave identical rows unwritten. */
@QuarkusTest
class RegistryImportChangesNothingTheSecondTime {

    static final String HEADER = "id_number,old_id_number,full_name,date_of_birth,gender,commune_code";
    static final List<String> PEOPLE = List.of(
            "001085000001,012345671,Đặng Văn Đức,1985-03-07,M,00001",
            "079190000002,,Nguyễn Thị Thuý Hằng,1990,F,26734",
            "001201000003,,Trần Hòa,31/12/2001,Nam,00004");

    /** Every column, and the row version's xmin and xmax: a row rewritten, or only locked, shows in them. */
    private static final String ALL_ROWS = "SELECT xmin::text AS xmin, xmax::text AS xmax, * FROM registry_person ORDER BY id_number";

    @Inject
    Pool pool;

    @Inject
    RegistryImport registryImport;

    private Database database;

    @BeforeEach
    void startEmpty() {
        database = new Database(pool);
        database.clearImportedTables();
    }

    @Test
    void theFirstImportInsertsEveryPersonWithTheKeysTheMatcherReads() {
        ImportRun run = importPeople(CsvFile.withHeader(HEADER).lines(PEOPLE));

        assertThat(run.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 3, 3, 0, 0, 0));
        assertThat(run.report()).isEmpty();
        assertThat(database.rows("SELECT * FROM registry_person ORDER BY id_number")).containsExactly(
                person("001085000001", "012345671", "Đặng Văn Đức", "đặng văn đức", "DANG VAN DUC", "1985-03-07", "M",
                        "00001"),
                person("001201000003", null, "Trần Hòa", "trần hòa", "TRAN HOA", "2001-12-31", "M", "00004"),
                person("079190000002", null, "Nguyễn Thị Thuý Hằng", "nguyễn thị thúy hằng", "NGUYEN THI THUY HANG",
                        "1990", "F", "26734"));
    }

    @Test
    void theSecondImportOfTheSameFileWritesNoRow() {
        importPeople(CsvFile.withHeader(HEADER).lines(PEOPLE));
        List<Map<String, Object>> before = database.rows(ALL_ROWS);

        ImportRun again = importPeople(CsvFile.withHeader(HEADER).lines(PEOPLE));

        assertThat(again.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 3, 0, 0, 3, 0));
        assertThat(database.rows(ALL_ROWS)).isEqualTo(before);
    }

    @Test
    void aChangedPersonIsTheOnlyRowRewritten() {
        importPeople(CsvFile.withHeader(HEADER).lines(PEOPLE));
        List<Map<String, Object>> before = database.rows(ALL_ROWS);

        ImportRun changed = importPeople(CsvFile.withHeader(HEADER).line(PEOPLE.get(0)).line(PEOPLE.get(1))
                .line("001201000003,,Trần Hoà,31/12/2001,Nam,00007"));

        assertThat(changed.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 3, 0, 1, 2, 0));
        List<Map<String, Object>> after = database.rows(ALL_ROWS); // 001085000001, 001201000003, 079190000002
        assertThat(after.get(0)).isEqualTo(before.get(0));
        assertThat(after.get(2)).isEqualTo(before.get(2));
        assertThat(after.get(1)).containsEntry("full_name", "Trần Hoà").containsEntry("commune_code", "00007")
                .containsEntry("name_key", "trần hòa").doesNotContainEntry("xmin", before.get(1).get("xmin"));
    }

    @Test
    void aFileWithExcelsByteOrderMarkAndCrlfIsTheSameFileAsWithout() {
        CsvFile excel = CsvFile.withByteOrderMarkAndHeader(HEADER + "\r");
        PEOPLE.forEach(person -> excel.text(person + "\r\n"));
        ImportRun first = importPeople(excel);
        List<Map<String, Object>> before = database.rows(ALL_ROWS);

        ImportRun plain = importPeople(CsvFile.withHeader(HEADER).lines(PEOPLE));

        assertThat(first.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 3, 3, 0, 0, 0));
        assertThat(plain.result()).isEqualTo(new ImportResult(ImportStatus.APPLIED, 3, 0, 0, 3, 0));
        assertThat(database.rows(ALL_ROWS)).isEqualTo(before);
    }

    /** A registry_person row as the database returns it. */
    private static Map<String, Object> person(String id, String oldId, String name, String nameKey, String asciiKey,
            String dateOfBirth, String gender, String commune) {
        Map<String, Object> row = new HashMap<>();
        row.put("id_number", id);
        row.put("old_id_number", oldId);
        row.put("full_name", name);
        row.put("name_key", nameKey);
        row.put("ascii_key", asciiKey);
        row.put("date_of_birth", dateOfBirth);
        row.put("birth_year", Short.valueOf(dateOfBirth.substring(0, 4)));
        row.put("gender", gender);
        row.put("commune_code", commune);
        return row;
    }

    private ImportRun importPeople(CsvFile file) {
        return ImportRun.of(registryImport::run, RegistryImport.REPORT_KEY_COLUMN, file);
    }
}
