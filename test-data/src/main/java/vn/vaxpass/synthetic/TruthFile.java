package vn.vaxpass.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /**
     * @param trueIdNumber null when the subject is not in the registry
     * @param kinds the {@link Corruption}s made and the {@link PersonTrait}s of the person, by name
     */
    public record Expected(MatchStatus status, String trueIdNumber, Set<String> kinds) {

        /** The number of mistakes made in the record (someone missing from the registry is not a mistake). */
        public long mistakes() {
            return kinds.stream().filter(kind -> isCorruption(kind) && !kind.equals(Corruption.NOT_IN_REGISTRY.name()))
                    .count();
        }

        private static boolean isCorruption(String kind) {
            for (Corruption corruption : Corruption.values()) {
                if (corruption.name().equals(kind)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final int CORRUPTIONS = 5;
    private static final int TRAITS = 7;

    private TruthFile() {
    }

    private static Set<String> kinds(String corruptions, String traits) {
        Set<String> kinds = new LinkedHashSet<>();
        for (String column : List.of(corruptions, traits)) {
            for (String tag : column.split(String.valueOf(RegistryCheckContract.FIELD_SEPARATOR))) {
                if (!tag.isEmpty()) {
                    kinds.add(tag);
                }
            }
        }
        return kinds;
    }

    /** Every subject's expectation, by subject_id. @throws IllegalArgumentException for a row that cannot be read */
    public static Map<String, Expected> read(InputStream truth) throws IOException, CsvFileException {
        Map<String, Expected> expected = new HashMap<>();
        FORMAT.read(truth, CsvRowHandler.of(row -> expected.put(row.get(0),
                new Expected(MatchStatus.valueOf(row.get(2)), row.get(1).isEmpty() ? null : row.get(1),
                        kinds(row.get(CORRUPTIONS), row.get(TRAITS)))), error -> {
                    throw new IllegalArgumentException("truth file, " + error);
                }));
        return expected;
    }
}
