package vn.vaxpass.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderReportsBrokenRowsAndReadsOn {

    private static final CsvFormat ABC = CsvFormat.withHeader("a", "b", "c");

    @Test
    void refusesARowWithTooManyValuesAndReadsTheNext() throws Exception {
        List<CsvLine> lines = SubjectCsv.withHeader().rows(1)
                .text("VN2,Trần, Thị Bình,1990-01-01,F,079000000002,0900000002,26734\n").rows(1).readAll();

        assertThat(lines).hasSize(3);
        CsvRowError error = (CsvRowError) lines.get(1);
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.code()).isEqualTo(CsvRowError.Code.WRONG_COLUMN_COUNT);
        assertThat(error.key()).isEqualTo("VN2");
        assertThat(error.message()).startsWith("Expected 7 values, found 8.").contains("enclosed in quotes")
                .doesNotContain("Trần");
        assertThat(lines.get(2)).isInstanceOf(CsvRow.class);
    }

    @Test
    void refusesARowWithTooFewValues() throws Exception {
        List<CsvLine> lines = SubjectCsv.empty().text("a,b,c\n1,2\n").readAll(ABC);

        CsvRowError error = (CsvRowError) lines.get(0);
        assertThat(error.code()).isEqualTo(CsvRowError.Code.WRONG_COLUMN_COUNT);
        assertThat(error.message()).startsWith("Expected 3 values, found 2.");
    }

    @Test
    void refusesAQuoteInsideAnUnquotedValue() throws Exception {
        List<CsvLine> lines = SubjectCsv.empty().text("a,b,c\nk1,Lê \"Tí\",3\n4,5,6\n").readAll(ABC);

        CsvRowError error = (CsvRowError) lines.get(0);
        assertThat(error.code()).isEqualTo(CsvRowError.Code.MISPLACED_QUOTE);
        assertThat(error.key()).isEqualTo("k1");
        assertThat(error.message()).startsWith("Column 2 has a misplaced quote");
        assertThat(((CsvRow) lines.get(1)).values()).containsExactly("4", "5", "6");
    }

    @Test
    void refusesTextAfterAClosingQuote() throws Exception {
        List<CsvLine> lines = SubjectCsv.empty().text("a,b,c\nk1,2,\"Lê\" Tí\n4,5,6\n").readAll(ABC);

        CsvRowError error = (CsvRowError) lines.get(0);
        assertThat(error.code()).isEqualTo(CsvRowError.Code.MISPLACED_QUOTE);
        assertThat(error.message()).startsWith("Column 3 has a misplaced quote");
        assertThat(lines.get(1).line()).isEqualTo(3);
    }

    @Test
    void leavesTheKeyOutWhenItIsTheValueWithTheMisplacedQuote() throws Exception {
        List<CsvLine> lines = SubjectCsv.empty().text("a,b,c\n\"k1\"x,2,3\n").readAll(ABC);

        assertThat(((CsvRowError) lines.get(0)).key()).isEmpty();
    }

    @Test
    void refusesTheHeaderOfASecondFileJoinedToTheFirst() throws Exception {
        List<CsvLine> lines = SubjectCsv.withHeader().rows(2).bytes(0xEF, 0xBB, 0xBF).text(SubjectCsv.HEADER + "\r\n")
                .rows(2).readAll();

        CsvRowError error = (CsvRowError) lines.get(2);
        assertThat(error.code()).isEqualTo(CsvRowError.Code.REPEATED_HEADER);
        assertThat(error.line()).isEqualTo(4);
        assertThat(error.message()).contains("were two files joined");
        assertThat(lines.get(3)).isInstanceOf(CsvRow.class);
    }

    @Test
    void countsRowsAndRowErrors() throws Exception {
        CsvReader reader = ABC.open(SubjectCsv.empty().text("a,b,c\n1,2,3\n1,2\n1,2,3,4\n5,6,7\n").stream());
        while (reader.next() != null) {
            // read to the end
        }

        assertThat(reader.summary()).isEqualTo(new CsvSummary(2, 2, 0, 5));
        assertThat(reader.summary().clean()).isFalse();
    }

    @Test
    void cutsALongKey() throws Exception {
        String longFirstValue = "x".repeat(1000);

        List<CsvLine> lines = SubjectCsv.empty().text("a,b,c\n" + longFirstValue + ",2\n").readAll(ABC);

        assertThat(((CsvRowError) lines.get(0)).key()).hasSize(CsvReader.MAX_KEY_LENGTH);
    }

    @Test
    void neverPrintsTheKeyInToString() throws Exception {
        CsvLine error = SubjectCsv.empty().text("a,b,c\nVN42,2\n").readAll(ABC).get(0);

        assertThat(error.toString()).doesNotContain("VN42").contains("WRONG_COLUMN_COUNT");
    }
}
