package vn.vaxpass.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardKeepsSpreadsheetsFromRunningCells {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"bấm\")", "+84912345678", "-1+1", "@SUM(A1)", "\tcmd", "\rcmd"})
    void aValueThatStartsAFormulaIsWrittenAsText(String value) {
        assertThat(FormulaGuard.guard(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "VN1000001", "Nguyễn Văn An", "079010000001", "'quoted", "a=b"})
    void anyOtherValueIsWrittenAsItIs(String value) {
        assertThat(FormulaGuard.guard(value)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+84912345678", "-5", "@x", "'", "'plain", "", "'=x", "''=x", "'''"})
    void readingTakesBackExactlyWhatWritingAdded(String value) {
        assertThat(FormulaGuard.unguard(FormulaGuard.guard(value))).isEqualTo(value);
    }

    @Test
    void theReaderGivesTheValueAnExportGuarded() throws Exception {
        String file = "a,b,c\n" + FormulaGuard.guard("=1+1") + ",'plain," + FormulaGuard.guard("+84912345678") + "\n";

        List<CsvLine> lines = SubjectCsv.empty().text(file).readAll(CsvFormat.withHeader("a", "b", "c"));

        assertThat(((CsvRow) lines.get(0)).values()).containsExactly("=1+1", "'plain", "+84912345678");
    }
}
