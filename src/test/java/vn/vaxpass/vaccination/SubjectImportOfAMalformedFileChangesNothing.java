package vn.vaxpass.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.registry.CsvFile;
import vn.vaxpass.registry.Database;
import vn.vaxpass.registry.ImportRun;
import vn.vaxpass.imports.ImportStatus;

/**
 * A malformed subjects file changes no subject and bumps no version, though it holds changed and new subjects. (Every
 * kind of malformed file, against the shared import, is in the registry's ImportOfAMalformedFileChangesNothing.)
 */
@QuarkusTest
class SubjectImportOfAMalformedFileChangesNothing {

    private static final String CHANGED = "VN-0001,Đặng Văn Đứt,07/03/1985,Nam,001085000001,0912345678,00001";
    private static final String ADDED = "VN-0004,Lê Thị Hoa,1970,Nữ,,,00004";

    @Inject
    Pool pool;

    @Inject
    CommuneImport communeImport;

    @Inject
    SubjectImport subjectImport;

    private Database database;

    @BeforeEach
    void storeThreeSubjects() {
        database = new Database(pool);
        database.clearImportedTables();
        Communes.importHanoiAndSaigon(communeImport);
        Subjects.importSubjects(subjectImport, Subjects.file(Subjects.THREE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the registry's header   | WRONG_HEADER       | id_number,old_id_number,full_name,date_of_birth,gender,commune_code",
        "an unquoted comma       | MALFORMED_ROWS     | VN-0005,Trần Văn Ba, con,1985,M,,,00001",
        "a quote never closed    | UNTERMINATED_QUOTE | VN-0005,\"Trần Văn Ba,1985,M,,,00001"})
    void changesNoSubject(String kind, ImportStatus status, String brokenLine) {
        List<Map<String, Object>> before = database.rows(Subjects.ALL_ROWS);
        CsvFile file = status == ImportStatus.WRONG_HEADER
                ? CsvFile.withHeader(brokenLine).line(CHANGED).line(ADDED)
                : CsvFile.withHeader(Subjects.HEADER).line(CHANGED).line(ADDED).line(brokenLine);

        ImportRun run = Subjects.importSubjects(subjectImport, file);

        assertThat(run.result().status()).isEqualTo(status);
        assertThat(run.report().get(0).code()).isEqualTo(status.name());
        assertThat(database.rows(Subjects.ALL_ROWS)).isEqualTo(before);
    }
}
