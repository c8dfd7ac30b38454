package vn.vaxpass.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReaderReadsWellFormedFiles {

    private static final CsvFormat ABC = CsvFormat.withHeader("a", "b", "c");

    @Test
    void readsEachRowWithItsLineNumberAndValues() throws Exception {
        List<CsvLine> lines = SubjectCsv.withHeader().rows(2).readAll();

        assertThat(lines).hasSize(2);
        CsvRow first = (CsvRow) lines.get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.values()).containsExactly("VN1000001", "Nguyễn Văn An", "1990-01-02", "M", "079010000001",
                "0910000001", "26734");
        assertThat(first.get("full_name")).isEqualTo("Nguyễn Văn An");
        assertThat(first.get(6)).isEqualTo("26734");
        assertThat(lines.get(1).line()).isEqualTo(3);
    }

    @Test
    void skipsAUtf8ByteOrderMark() throws Exception {
        List<CsvLine> lines = SubjectCsv.empty().bytes(0xEF, 0xBB, 0xBF).text(SubjectCsv.HEADER + "\n").rows(1)
                .readAll();

        assertThat(((CsvRow) lines.get(0)).get("subject_id")).isEqualTo("VN1000001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void acceptsLfCrlfAndCrLineBreaks(String lineBreak) throws Exception {
        String file = "a,b,c" + lineBreak + "1,2,3" + lineBreak + "4,5,6" + lineBreak;

        List<CsvLine> lines = SubjectCsv.empty().text(file).readAll(ABC);

        assertThat(lines).extracting(CsvLine::line).containsExactly(2L, 3L);
        assertThat(((CsvRow) lines.get(1)).values()).containsExactly("4", "5", "6");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,b,c\n1,2,3", "a,b,c\r\n1,2,3\r\n", "a,b,c\n1,2,3\n\n\n"})
    void readsTheLastRowWithOrWithoutALineBreakAfterIt(String file) throws Exception {
        List<CsvLine> lines = SubjectCsv.empty().text(file).readAll(ABC);

        assertThat(lines).singleElement().satisfies(line -> assertThat(((CsvRow) line).values())
                .containsExactly("1", "2", "3"));
    }

    @Test
    void unquotesValuesWithCommasDoubledQuotesAndLineBreaks() throws Exception {
        String file = "a,b,c\r\n"
                + "\"Trần, Thị Bình\",\"She said \"\"hi\"\"\",\"12 Lê Lợi\r\nPhường 1\"\r\n"
                + "x,\"\",\"\"\"\"\r\n";

        List<CsvLine> lines = SubjectCsv.empty().text(file).readAll(ABC);

        CsvRow quoted = (CsvRow) lines.get(0);
        assertThat(quoted.values()).containsExactly("Trần, Thị Bình", "She said \"hi\"", "12 Lê Lợi\r\nPhường 1");
        assertThat(quoted.line()).isEqualTo(2);
        CsvRow next = (CsvRow) lines.get(1);
        assertThat(next.line()).as("the row after a value over two lines").isEqualTo(4);
        assertThat(next.values()).containsExactly("x", "", "\"");
    }

    @Test
    void keepsEmptyValuesAndSpacesAsWritten() throws Exception {
        List<CsvLine> lines = SubjectCsv.empty().text("a,b,c\n,, x \n").readAll(ABC);

        assertThat(((CsvRow) lines.get(0)).values()).containsExactly("", "", " x ");
    }

    @Test
    void skipsAndCountsLinesWithNoValue() throws Exception {
        String file = "\na,b,c\n1,2,3\n\n,,\r\n\"\",,\n4,5,6\n";
        CsvReader reader = ABC.open(SubjectCsv.empty().text(file).stream());

        assertThat(reader.next().line()).isEqualTo(3);
        assertThat(reader.next().line()).isEqualTo(7);
        assertThat(reader.next()).isNull();
        assertThat(reader.summary()).isEqualTo(new CsvSummary(2, 0, 3, 7));
    }

    @Test
    void countsTheLastLineWithoutALineBreak() throws Exception {
        CsvReader reader = ABC.open(SubjectCsv.empty().text("a,b,c\n1,2,3\n4,5,6").stream());
        while (reader.next() != null) {
            // read to the end
        }

        assertThat(reader.summary().lines()).isEqualTo(3);
    }

    @Test
    void readsValuesThatCrossTheReadChunk() throws Exception {
        String longName = "Nguyễn ".repeat(RecordScanner.CHUNK_BYTES / 9 * 2);
        String file = "a,b,c\n1,\"" + longName + "\",3\n4,5,6\n";

        List<CsvLine> lines = SubjectCsv.empty().text(file).readAll(ABC.withMaxRecordBytes(1024 * 1024));

        assertThat(((CsvRow) lines.get(0)).get("b")).isEqualTo(longName);
        assertThat(((CsvRow) lines.get(1)).get("a")).isEqualTo("4");
    }

    @Test
    void acceptsARecordOfExactlyTheLimit() throws Exception {
        String file = "a,b,c\n1,2," + "x".repeat(96) + "\n";

        List<CsvLine> lines = SubjectCsv.empty().text(file).readAll(ABC.withMaxRecordBytes(100));

        assertThat(lines).singleElement().isInstanceOf(CsvRow.class);
    }

    @Test
    void neverPrintsValuesInToString() throws Exception {
        CsvLine row = SubjectCsv.withHeader().rows(1).readAll().get(0);

        assertThat(row.toString()).doesNotContain("VN1000001").doesNotContain("Nguyễn").contains("line=2");
    }
}
