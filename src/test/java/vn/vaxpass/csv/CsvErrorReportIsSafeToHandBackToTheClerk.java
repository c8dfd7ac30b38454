package vn.vaxpass.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvErrorReportIsSafeToHandBackToTheClerk {

    @Test
    void writesOneLinePerRefusedRowUnderAHeaderNamedAfterTheKeyColumn() throws Exception {
        StringWriter out = new StringWriter();
        CsvErrorReport report = new CsvErrorReport(out, "subject_id");

        SubjectCsv.FORMAT.validate(SubjectCsv.withHeader().rows(1).text("VN2,Trần, Bình,,,,,\n").text("VN3,x\n")
                .stream(), error -> write(report, error));

        assertThat(out.toString()).isEqualTo("line,code,subject_id,message\r\n"
                + "3,WRONG_COLUMN_COUNT,VN2,\"Expected 7 values, found 8. A value with a comma (a name or an address)"
                + " must be enclosed in quotes.\"\r\n"
                + "4,WRONG_COLUMN_COUNT,VN3,\"Expected 7 values, found 2. Add the missing values; an empty value"
                + " still needs its comma.\"\r\n");
        assertThat(report.count()).isEqualTo(2);
    }

    @Test
    void takesRowsRefusedByTheImportsOwnChecks() throws Exception {
        StringWriter out = new StringWriter();
        CsvErrorReport report = new CsvErrorReport(out, "subject_id");

        report.add(12, "INVALID_DATE", "VN12", "date_of_birth must be YYYY-MM-DD");

        assertThat(out.toString()).endsWith("12,INVALID_DATE,VN12,date_of_birth must be YYYY-MM-DD\r\n");
    }

    @Test
    void writesTheErrorOfAFileRefusedAsAWhole() throws Exception {
        CsvFileException error = catchThrowableOfType(CsvFileException.class,
                () -> SubjectCsv.FORMAT.open(SubjectCsv.empty().stream()));
        StringWriter out = new StringWriter();

        new CsvErrorReport(out, "subject_id").add(error);

        assertThat(out.toString()).endsWith("\r\n1,EMPTY_FILE,,The file is empty. Upload the CSV file with the header"
                + " line and one line per row.\r\n");
    }

    @Test
    void quotesValuesWithCommasQuotesAndLineBreaks() {
        assertThat(CsvCell.of("plain")).isEqualTo("plain");
        assertThat(CsvCell.of("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvCell.of("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCell.of("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void defusesValuesThatExcelWouldRunAsFormulas() {
        for (String formula : List.of("=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\tx")) {
            assertThat(CsvCell.of(formula)).as(formula).matches("\"?'.*");
        }
    }

    @Test
    void writesUtf8WithTheByteOrderMarkExcelNeeds() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvErrorReport report = CsvErrorReport.utf8(bytes, "subject_id");
        report.add(2, "INVALID_NAME", "VN2", "Tên không hợp lệ");
        report.flush();

        byte[] written = bytes.toByteArray();
        assertThat(written).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(written, StandardCharsets.UTF_8)).endsWith("2,INVALID_NAME,VN2,Tên không hợp lệ\r\n");
    }

    private static void write(CsvErrorReport report, CsvRowError error) {
        try {
            report.add(error);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
