package vn.vaxpass.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class CsvReaderRefusesAWrongHeader {

    private static final String EXPECTED = "The first line must be exactly: " + SubjectCsv.HEADER;

    private static CsvFileException headerError(String firstLine) {
        CsvFileException error = catchThrowableOfType(CsvFileException.class,
                () -> SubjectCsv.FORMAT.open(SubjectCsv.empty().text(firstLine + "\n" + SubjectCsv.row(1)).stream()));
        assertThat(error.code()).isEqualTo(CsvFileException.Code.WRONG_HEADER);
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.getMessage()).contains(EXPECTED);
        return error;
    }

    @Test
    void namesTheMissingColumn() {
        CsvFileException error = headerError("subject_id,full_name,date_of_birth,gender,id_number,phone");

        assertThat(error.getMessage()).startsWith("Column 7 'commune_code' is missing.");
    }

    @Test
    void namesEveryMissingColumnAtTheEnd() {
        CsvFileException error = headerError("subject_id,full_name,date_of_birth,gender");

        assertThat(error.getMessage()).startsWith("Columns 5 to 7 are missing: id_number,phone,commune_code.");
    }

    @Test
    void namesAColumnMissingInTheMiddle() {
        CsvFileException error = headerError("subject_id,full_name,gender,id_number,phone,commune_code");

        assertThat(error.getMessage()).startsWith("Column 3 'date_of_birth' is missing.");
    }

    @Test
    void namesTheExtraColumn() {
        CsvFileException error = headerError(SubjectCsv.HEADER + ",notes");

        assertThat(error.getMessage()).startsWith("Column 8 'notes' is not expected: the file has 8 columns, the"
                + " import has 7.");
    }

    @Test
    void pointsAtATrailingComma() {
        CsvFileException error = headerError(SubjectCsv.HEADER + ",");

        assertThat(error.getMessage()).contains("Column 8 (empty) is not expected").contains("comma at the end");
    }

    @Test
    void namesARenamedColumn() {
        CsvFileException error = headerError("subject_id,ho_ten,date_of_birth,gender,id_number,phone,commune_code");

        assertThat(error.getMessage()).startsWith("Column 2 must be 'full_name' but is 'ho_ten'.");
    }

    @Test
    void pointsAtSwappedColumns() {
        CsvFileException error = headerError("subject_id,full_name,date_of_birth,gender,phone,id_number,commune_code");

        assertThat(error.getMessage()).startsWith("Column 5 must be 'id_number' but is 'phone': the columns are not"
                + " in the expected order.");
    }

    @Test
    void pointsAtSpacesAroundAName() {
        CsvFileException error = headerError("subject_id, full_name,date_of_birth,gender,id_number,phone,commune_code");

        assertThat(error.getMessage()).startsWith("Column 2 'full_name' has spaces before or after its name.");
    }

    @Test
    void pointsAtUpperCase() {
        CsvFileException error = headerError("Subject_ID,full_name,date_of_birth,gender,id_number,phone,commune_code");

        assertThat(error.getMessage()).startsWith("Column 1 must be written 'subject_id'");
    }

    @Test
    void recognisesSemicolonSeparatedFiles() {
        CsvFileException error = headerError(SubjectCsv.HEADER.replace(',', ';'));

        assertThat(error.getMessage()).startsWith("The columns are separated by ';', not by commas.")
                .contains("CSV UTF-8 (Comma delimited)");
    }

    @Test
    void saysTheHeaderIsMissingWithoutQuotingTheDataRowInItsPlace() {
        String dataRow = SubjectCsv.row(1).strip();

        CsvFileException error = headerError(dataRow);

        assertThat(error.getMessage()).startsWith("The first line is not the header")
                .doesNotContain("VN1000001").doesNotContain("Nguyễn").doesNotContain("0910000001");
    }

    @Test
    void quotesNoFoundValueThatDoesNotLookLikeAColumnName() {
        CsvFileException error = headerError("subject_id,Nguyễn Văn An,date_of_birth,gender,id_number,phone,commune_code");

        assertThat(error.getMessage()).startsWith("Column 2 must be 'full_name' but is (a value that is not a column"
                + " name).").doesNotContain("Nguyễn");
    }

    @Test
    void refusesAMisplacedQuoteInTheHeader() {
        CsvFileException error = headerError("subject_id,full\"name,date_of_birth,gender,id_number,phone,commune_code");

        assertThat(error.getMessage()).startsWith("Column 2 of the header has a misplaced quote");
    }

    @Test
    void acceptsAQuotedHeader() throws Exception {
        String quoted = "\"" + SubjectCsv.HEADER.replace(",", "\",\"") + "\"";

        CsvReader reader = SubjectCsv.FORMAT.open(SubjectCsv.empty().text(quoted + "\r\n" + SubjectCsv.row(1))
                .stream());

        assertThat(reader.next()).isInstanceOf(CsvRow.class);
    }
}
