package vn.vaxpass.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import vn.vaxpass.csv.CsvFileException;
import vn.vaxpass.csv.CsvFormat;
import vn.vaxpass.csv.CsvRowHandler;
import vn.vaxpass.matching.MatchQuality;
import vn.vaxpass.matching.MatchStatus;

/**
 * The synthetic data's ground truth ({@link SyntheticDataGenerator#TRUTH_FILE}) read back, as far as
 * {@link MatchQuality} needs it: each subject's expected status and the registry person they really are.
 */
public final class TruthFile {

    public static final CsvFormat FORMAT = CsvFormat.withHeader(SubjectGenerator.TRUTH_HEADER);

    /** @param trueIdNumber null when the subject is not in the registry */
    public record Expected(MatchStatus status, String trueIdNumber) {
    }

    private TruthFile() {
    }

    /** Every subject's expectation, by subject_id. @throws IllegalArgumentException for a row that cannot be read */
    public static Map<String, Expected> read(InputStream truth) throws IOException, CsvFileException {
        Map<String, Expected> expected = new HashMap<>();
        FORMAT.read(truth, CsvRowHandler.of(row -> expected.put(row.get(0),
                new Expected(MatchStatus.valueOf(row.get(2)), row.get(1).isEmpty() ? null : row.get(1))), error -> {
                    throw new IllegalArgumentException("truth file, " + error);
                }));
        return expected;
    }
}
