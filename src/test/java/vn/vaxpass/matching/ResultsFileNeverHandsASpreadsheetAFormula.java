package vn.vaxpass.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultsFileNeverHandsASpreadsheetAFormula {

    @Test
    void aSubjectIdThatIsAFormulaIsWrittenAsText() {
        String line = ResultsFile.line("=HYPERLINK(\"http://evil\",\"Xem\")", MatchStatus.NOT_FOUND, null, null, null);

        assertThat(line).startsWith("\"'=HYPERLINK(\"\"http://evil\"\",\"\"Xem\"\")\",NOT_FOUND,");
    }

    @Test
    void anOrdinaryLineIsUnchanged() {
        String line = ResultsFile.line("VN1000001", MatchStatus.MISMATCH, "name;dob", "079010000001", 0.95);

        assertThat(line).isEqualTo("VN1000001,MISMATCH,name;dob,079010000001,0.950\n");
    }
}
