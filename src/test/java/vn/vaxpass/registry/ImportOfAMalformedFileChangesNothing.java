package vn.vaxpass.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.imports.ImportStatus;
import vn.vaxpass.imports.StagedCsvImport;
/**
 * A malformed file changes nothing, even when it breaks after batches of it were staged, and its report says why.
 * Each file changes one stored person and adds eight before (or around) the point where it breaks; batches of two
 * rows make sure several were sent before the break.
 */
@QuarkusTest
class ImportOfAMalformedFileChangesNothing {

    private static final String HEADER = RegistryImportChangesNothingTheSecondTime.HEADER;
    private static final List<String> STORED = RegistryImportChangesNothingTheSecondTime.PEOPLE;
    private static final String ALL_ROWS = "SELECT xmin::text AS xmin, xmax::text AS xmax, * FROM registry_person ORDER BY id_number";
    private static final long FIFTY_MB = 50L * 1024 * 1024;
    private static final int SMALL_BATCH = 2;

    @Inject
    Pool pool;

    private Database database;

    @BeforeEach
    void storeThreePeople() {
        database = new Database(pool);
        database.clearImportedTables();
        assertThat(importPeople(CsvFile.withHeader(HEADER).lines(STORED).stream()).result().inserted()).isEqualTo(3);
    }

    static Stream<Arguments> malformedFiles() {
        return Stream.of(
                file("a renamed column", ImportStatus.WRONG_HEADER, 1,
                        () -> CsvFile.withHeader(HEADER.replace("old_id_number", "cmnd")).lines(changes()).stream()),
                file("the header and no row", ImportStatus.EMPTY_FILE, 3,
                        () -> CsvFile.withHeader(HEADER).line(",,,,,").stream()),
                file("saved as UTF-16 ('Unicode Text')", ImportStatus.INVALID_UTF8, 1,
                        () -> CsvFile.empty().bytes(0xFF, 0xFE).text(HEADER).stream()),
                file("a Windows-1258 byte after eight rows", ImportStatus.INVALID_UTF8, 11,
                        () -> CsvFile.withHeader(HEADER).lines(changes()).text("001085000099,,")
                                .bytes(0xD0).line("ặng Văn Đức,1985,M,00001").stream()),
                file("a 50 MB line after eight rows", ImportStatus.LINE_TOO_LONG, 11,
                        () -> fiftyMegabyteLineAfter(CsvFile.withHeader(HEADER).lines(changes()))),
                file("a quote never closed", ImportStatus.UNTERMINATED_QUOTE, 11,
                        () -> CsvFile.withHeader(HEADER).lines(changes())
                                .line("001085000099,,\"Đặng Văn Đức,1985,M,00001").lines(changes()).stream()),
                file("an unquoted comma in a name", ImportStatus.MALFORMED_ROWS, 11,
                        () -> CsvFile.withHeader(HEADER).lines(changes())
                                .line("001085000099,,Đặng Văn Đức, con,1985,M,00001").stream()),
                file("a misplaced quote", ImportStatus.MALFORMED_ROWS, 11,
                        () -> CsvFile.withHeader(HEADER).lines(changes())
                                .line("001085000099,,Đặng \"Tí\" Văn Đức,1985,M,00001").stream()),
                file("two files joined", ImportStatus.MALFORMED_ROWS, 11,
                        () -> CsvFile.withHeader(HEADER).lines(changes()).line(HEADER).lines(STORED).stream()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFiles")
    void changesNothingAndReportsWhy(String kind, ImportStatus status, long line, Supplier<InputStream> file) {
        List<Map<String, Object>> before = database.rows(ALL_ROWS);

        ImportRun run = importPeople(file.get());

        assertThat(run.result().status()).isEqualTo(status);
        assertThat(run.result().inserted() + run.result().updated() + run.result().unchanged()).isZero();
        assertThat(database.rows(ALL_ROWS)).isEqualTo(before);
        assertThat(run.report().get(0).code()).isEqualTo(status.name());
        assertThat(run.report().get(0).line()).isEqualTo(line);
        assertThat(run.report().get(0).message()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFiles")
    void theReportHoldsTheFileErrorOrEveryMalformedRow(String kind, ImportStatus status, long line,
            Supplier<InputStream> file) {
        ImportRun run = importPeople(file.get());

        if (status == ImportStatus.MALFORMED_ROWS) {
            // The refusal, then every malformed row, so the clerk can fix them all at once.
            assertThat(run.report().subList(1, run.report().size()))
                    .filteredOn(reported -> reported.line() == line).extracting(ImportRun.ReportLine::code)
                    .singleElement().isIn("WRONG_COLUMN_COUNT", "MISPLACED_QUOTE", "REPEATED_HEADER");
            assertThat(run.result().rowErrors()).isEqualTo(run.report().size() - 1);
        } else {
            assertThat(run.report()).hasSize(1);
            assertThat(run.result().rowErrors()).isZero();
        }
    }

    /** One stored person renamed, eight added: what must not land. */
    private static List<String> changes() {
        return Stream.concat(Stream.of("001085000001,012345671,Đặng Văn Đức Anh,1985-03-07,M,00001"),
                IntStream.rangeClosed(10, 17).mapToObj(n -> "0010850000" + n + ",,Nguyễn Văn An,1985,M,00001"))
                .toList();
    }

    private static InputStream fiftyMegabyteLineAfter(CsvFile file) {
        InputStream filler = new InputStream() {
            private long left = FIFTY_MB;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
        return new SequenceInputStream(file.stream(), filler);
    }

    private static Arguments file(String kind, ImportStatus status, long line, Supplier<InputStream> file) {
        return Arguments.of(kind, status, line, file);
    }

    private ImportRun importPeople(InputStream in) {
        StagedCsvImport staged = new StagedCsvImport(pool, SMALL_BATCH);
        return ImportRun.of((stream, report) -> staged.run(new RegistryRows(), stream, report),
                RegistryImport.REPORT_KEY_COLUMN, in);
    }
}
