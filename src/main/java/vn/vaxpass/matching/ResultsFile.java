package vn.vaxpass.matching;

import java.util.List;
import java.util.Locale;

import vn.vaxpass.csv.CsvCell;
import vn.vaxpass.subject.SubjectData;

/**
 * The results CSV: {@code subject_id,status,mismatched_fields,suggested_id_number,confidence}, one line a subject;
 * {@code mismatched_fields} as {@code name;dob;gender}, {@code confidence} with three decimals, both empty when
 * there are none. RFC 4180 quoting, LF line ends; a value a spreadsheet would run as a formula is guarded
 * ({@link CsvCell}).
 */
public final class ResultsFile {

    public static final List<String> HEADER = List.of("subject_id", "status", "mismatched_fields", "suggested_id_number", "confidence");

    private ResultsFile() {
    }

    public static String headerLine() {
        return String.join(",", HEADER) + "\n";
    }

    public static String line(SubjectData subject, MatchOutcome outcome) {
        return line(subject.subjectId(), outcome.status(), outcome.mismatchedFieldsText(), outcome.suggestedIdNumber(),
                outcome.confidence());
    }

    /** A line from stored values: {@code mismatchedFields} as {@code name;dob;gender} or empty, the others null when none. */
    public static String line(String subjectId, MatchStatus status, String mismatchedFields, String suggestedIdNumber,
            Double confidence) {
        return CsvCell.of(subjectId) + ',' + status.name() + ',' + (mismatchedFields == null ? "" : mismatchedFields) + ','
                + (suggestedIdNumber == null ? "" : CsvCell.of(suggestedIdNumber)) + ','
                + (confidence == null ? "" : String.format(Locale.ROOT, "%.3f", confidence)) + '\n';
    }

}
