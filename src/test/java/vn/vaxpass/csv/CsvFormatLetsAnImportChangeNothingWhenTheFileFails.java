package vn.vaxpass.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two ways {@link CsvFormat} documents for an import that must change nothing when the file fails. */
class CsvFormatLetsAnImportChangeNothingWhenTheFileFails {

    /** 900 good rows, then a Windows-1258 "Đ" (0xD0) in a name: the file is found broken late. */
    private static final SubjectCsv BROKEN_LATE = SubjectCsv.withHeader().rows(900).text("VN9,").bytes(0xD0)
            .text("ặng,,,,,\n").rows(10);

    private final List<String> applied = new ArrayList<>();

    @Test
    void validateThenApplyAppliesNothingFromAFileBrokenLate() {
        List<CsvRowError> rowErrors = new ArrayList<>();

        CsvFileException error = catchThrowableOfType(CsvFileException.class, () -> {
            SubjectCsv.FORMAT.validate(BROKEN_LATE.stream(), rowErrors::add);
            SubjectCsv.FORMAT.read(BROKEN_LATE.stream(), CsvRowHandler.of(row -> applied.add(row.get(0)), e -> { }));
        });

        assertThat(error.code()).isEqualTo(CsvFileException.Code.INVALID_UTF8);
        assertThat(error.line()).isEqualTo(902);
        assertThat(applied).isEmpty();
    }

    @Test
    void validateThenApplyAppliesEveryRowOfAGoodFile() throws Exception {
        SubjectCsv good = SubjectCsv.withHeader().rows(50);

        CsvSummary validated = SubjectCsv.FORMAT.validate(good.stream(), e -> { });
        CsvSummary read = SubjectCsv.FORMAT.read(good.stream(),
                CsvRowHandler.of(row -> applied.add(row.get("subject_id")), e -> { }));

        assertThat(validated.clean()).isTrue();
        assertThat(read).isEqualTo(validated);
        assertThat(applied).hasSize(50).startsWith("VN1000001");
    }

    @Test
    void aStagedImportSeesTheFileErrorBeforeItCanCommit() {
        List<String> staged = new ArrayList<>();

        CsvFileException error = catchThrowableOfType(CsvFileException.class, () -> {
            SubjectCsv.FORMAT.read(BROKEN_LATE.stream(), CsvRowHandler.of(row -> staged.add(row.get(0)), e -> { }));
            applied.addAll(staged); // the commit, reached only when read returns
        });

        assertThat(error.code()).isEqualTo(CsvFileException.Code.INVALID_UTF8);
        assertThat(staged).as("rolled back by the caller").hasSize(900);
        assertThat(applied).isEmpty();
    }

    @Test
    void anAllOrNothingImportStopsAtTheFirstRowError() {
        SubjectCsv oneBadRow = SubjectCsv.withHeader().rows(3).text("VN4,too,few\n").rows(3);

        IllegalStateException stopped = catchThrowableOfType(IllegalStateException.class, () ->
                SubjectCsv.FORMAT.read(oneBadRow.stream(), CsvRowHandler.of(row -> applied.add(row.get(0)), e -> {
                    throw new IllegalStateException("row error on line " + e.line());
                })));

        assertThat(stopped).hasMessage("row error on line 5");
        assertThat(applied).hasSize(3);
    }
}
