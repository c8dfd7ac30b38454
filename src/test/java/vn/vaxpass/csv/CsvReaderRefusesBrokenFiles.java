package vn.vaxpass.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReaderRefusesBrokenFiles {

    private static final CsvFormat ABC = CsvFormat.withHeader("a", "b", "c");
    private static final long FIFTY_MB = 50L * 1024 * 1024;

    private static CsvFileException readError(CsvFormat format, InputStream in) {
        return catchThrowableOfType(CsvFileException.class, () -> {
            CsvReader reader = format.open(in);
            while (reader.next() != null) {
                // read to the end
            }
        });
    }

    private static CsvFileException readError(SubjectCsv file) {
        return readError(SubjectCsv.FORMAT, file.stream());
    }

    // EMPTY_FILE

    @Test
    void refusesAFileWithNoBytes() {
        CsvFileException error = readError(SubjectCsv.empty());

        assertThat(error.code()).isEqualTo(CsvFileException.Code.EMPTY_FILE);
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.getMessage()).isEqualTo("The file is empty. Upload the CSV file with the header line and"
                + " one line per row.");
    }

    @Test
    void refusesAFileWithOnlyAByteOrderMarkAndBlankLines() {
        CsvFileException error = readError(SubjectCsv.empty().bytes(0xEF, 0xBB, 0xBF).text("\r\n\r\n,,,\r\n"));

        assertThat(error.code()).isEqualTo(CsvFileException.Code.EMPTY_FILE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "\n,,,,,,\n"})
    void refusesAHeaderWithNoRow(String after) {
        CsvFileException error = readError(SubjectCsv.empty().text(SubjectCsv.HEADER + after));

        assertThat(error.code()).isEqualTo(CsvFileException.Code.EMPTY_FILE);
        assertThat(error.getMessage()).startsWith("The file has the header line but no row.");
    }

    // INVALID_UTF8

    @Test
    void refusesInvalidUtf8AtTheStart() {
        // "Đ" in Windows-1258 is the single byte 0xD0, which UTF-8 only knows as the first of two.
        CsvFileException error = readError(SubjectCsv.empty().bytes(0xD0).text("subject_id,full_name\n"));

        assertThat(error.code()).isEqualTo(CsvFileException.Code.INVALID_UTF8);
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.getMessage()).startsWith("Line 1 (column 1) is not UTF-8 text")
                .contains("Windows-1258").contains("CSV UTF-8 (Comma delimited)");
    }

    @Test
    void refusesInvalidUtf8InTheMiddleAfterGoodRowsWereHandedOver() throws Exception {
        SubjectCsv file = SubjectCsv.withHeader().rows(500).text("VN9,Tr").bytes(0xE2, 0x6E).text("n,,,,,\n")
                .rows(500);
        CsvReader reader = SubjectCsv.FORMAT.open(file.stream());
        int handedOver = 0;

        CsvFileException error = null;
        try {
            while (reader.next() != null) {
                handedOver++;
            }
        } catch (CsvFileException e) {
            error = e;
        }

        assertThat(handedOver).isEqualTo(500);
        assertThat(error.code()).isEqualTo(CsvFileException.Code.INVALID_UTF8);
        assertThat(error.line()).isEqualTo(502);
        assertThat(error.getMessage()).startsWith("Line 502 (column 2) is not UTF-8 text");
    }

    @Test
    void refusesInvalidUtf8TruncatedAtTheEndOfTheFile() {
        // The first two of the three bytes of "ễ" (E1 BB 85), and then the file ends.
        CsvFileException error = readError(SubjectCsv.withHeader().rows(3).text("VN9,Nguy").bytes(0xE1, 0xBB));

        assertThat(error.code()).isEqualTo(CsvFileException.Code.INVALID_UTF8);
        assertThat(error.line()).isEqualTo(5);
    }

    @Test
    void namesTheLineOfInvalidUtf8InsideAValueOverSeveralLines() {
        CsvFileException error = readError(SubjectCsv.withHeader()
                .text("VN9,\"Nguyễn\r\nVăn\r\n").bytes(0xC3, 0x28).text("\",,,,,\n"));

        assertThat(error.code()).isEqualTo(CsvFileException.Code.INVALID_UTF8);
        assertThat(error.line()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"C0 AF", "E0 80 AF", "ED A0 80", "F4 90 80 80", "FF", "80"})
    void refusesBytesThatLenientDecodersLetThrough(String hex) {
        // Overlong "/", an encoded surrogate, a code point above U+10FFFF, a byte UTF-8 never uses, a lone continuation.
        int[] bytes = java.util.Arrays.stream(hex.split(" ")).mapToInt(b -> Integer.parseInt(b, 16)).toArray();

        CsvFileException error = readError(SubjectCsv.withHeader().text("VN9,x").bytes(bytes).text(",,,,,\n"));

        assertThat(error.code()).isEqualTo(CsvFileException.Code.INVALID_UTF8);
        assertThat(error.line()).isEqualTo(2);
    }

    @Test
    void refusesAUtf16File() {
        CsvFileException error = readError(SubjectCsv.empty().bytes(0xFF, 0xFE).bytes(
                SubjectCsv.HEADER.getBytes(java.nio.charset.StandardCharsets.UTF_16LE)));

        assertThat(error.code()).isEqualTo(CsvFileException.Code.INVALID_UTF8);
        assertThat(error.getMessage()).startsWith("The file is saved as UTF-16");
    }

    // UNTERMINATED_QUOTE

    @Test
    void refusesAQuoteThatRunsToTheEndOfTheFile() {
        CsvFileException error = readError(SubjectCsv.withHeader().rows(2).text("VN3,\"Lê Văn Tám,1990-01-01\n")
                .rows(3));

        assertThat(error.code()).isEqualTo(CsvFileException.Code.UNTERMINATED_QUOTE);
        assertThat(error.line()).isEqualTo(4);
        assertThat(error.getMessage()).startsWith("The quote (\") that opens the value of column 2 on line 4 is not"
                + " closed before the end of the file.");
    }

    @Test
    void refusesAQuoteThatRunsPastTheLimit() {
        SubjectCsv file = SubjectCsv.withHeader().text("VN1,\"Lê Văn Tám,1990-01-01\n").rows(2000);

        CsvFileException error = readError(SubjectCsv.FORMAT.withMaxRecordBytes(4096), file.stream());

        assertThat(error.code()).isEqualTo(CsvFileException.Code.UNTERMINATED_QUOTE);
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.getMessage()).contains("is not closed within 4 KB");
    }

    // LINE_TOO_LONG

    @Test
    void refusesARecordOneByteOverTheLimit() {
        CsvFileException error = readError(ABC.withMaxRecordBytes(100),
                SubjectCsv.empty().text("a,b,c\n1,2,3\n1,2," + "x".repeat(97) + "\n").stream());

        assertThat(error.code()).isEqualTo(CsvFileException.Code.LINE_TOO_LONG);
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.getMessage()).startsWith("Line 3 is longer than 100 bytes");
    }

    @Test
    void refusesAFiftyMegabyteLineQuicklyWithoutBufferingIt() {
        GeneratedInput input = new GeneratedInput(SubjectCsv.HEADER + "\nVN1,", 'a', FIFTY_MB);

        long start = System.nanoTime();
        CsvFileException error = readError(SubjectCsv.FORMAT, input);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(error.code()).isEqualTo(CsvFileException.Code.LINE_TOO_LONG);
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.getMessage()).startsWith("Line 2 is longer than 64 KB");
        assertThat(input.served()).as("bytes read before refusing")
                .isLessThanOrEqualTo(CsvFormat.DEFAULT_MAX_RECORD_BYTES + 2L * RecordScanner.CHUNK_BYTES);
        assertThat(took).as("a bound far above the milliseconds it takes, for slow machines")
                .isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void refusesAFiftyMegabyteQuotedValueOnOneLineAsTooLong() {
        GeneratedInput input = new GeneratedInput(SubjectCsv.HEADER + "\nVN1,\"", 'a', FIFTY_MB);

        CsvFileException error = readError(SubjectCsv.FORMAT, input);

        assertThat(error.code()).isEqualTo(CsvFileException.Code.LINE_TOO_LONG);
        assertThat(input.served()).isLessThanOrEqualTo(CsvFormat.DEFAULT_MAX_RECORD_BYTES + 2L * RecordScanner.CHUNK_BYTES);
    }

    @Test
    void refusesFiftyMegabytesOfLineBreaksInsideAQuoteAsUnterminated() {
        GeneratedInput input = new GeneratedInput(SubjectCsv.HEADER + "\nVN1,\"", '\n', FIFTY_MB);

        CsvFileException error = readError(SubjectCsv.FORMAT, input);

        assertThat(error.code()).isEqualTo(CsvFileException.Code.UNTERMINATED_QUOTE);
        assertThat(error.line()).isEqualTo(2);
        assertThat(input.served()).isLessThanOrEqualTo(CsvFormat.DEFAULT_MAX_RECORD_BYTES + 2L * RecordScanner.CHUNK_BYTES);
    }

    @Test
    void refusesAHeaderLineOverTheLimit() {
        CsvFileException error = readError(SubjectCsv.FORMAT.withMaxRecordBytes(1024),
                new GeneratedInput("subject_id", 'x', 10_000));

        assertThat(error.code()).isEqualTo(CsvFileException.Code.LINE_TOO_LONG);
        assertThat(error.line()).isEqualTo(1);
    }

    @Test
    void readsNothingMoreAfterRefusingTheFile() throws Exception {
        CsvReader reader = SubjectCsv.FORMAT.open(SubjectCsv.withHeader().text("VN1,").bytes(0xD0).text(",,,,,\n")
                .rows(2).stream());
        catchThrowableOfType(CsvFileException.class, reader::next);

        assertThatThrownBy(reader::next).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keepsMemoryBoundedByTheLimitAfterRefusing() throws Exception {
        GeneratedInput input = new GeneratedInput(SubjectCsv.HEADER + "\nVN1,", 'a', FIFTY_MB);
        CsvReader reader = SubjectCsv.FORMAT.open(input);

        catchThrowableOfType(CsvFileException.class, reader::next);

        assertThat(reader.retainedBytes()).isLessThan(CsvFormat.DEFAULT_MAX_RECORD_BYTES + 2 * RecordScanner.CHUNK_BYTES);
    }
}
