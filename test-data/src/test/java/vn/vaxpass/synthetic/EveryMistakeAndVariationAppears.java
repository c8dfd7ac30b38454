package vn.vaxpass.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** With 10,000 subjects, whatever the seed, the matcher meets every kind of mistake and variation, and every status. */
class EveryMistakeAndVariationAppears {

    private static final int SUBJECTS = 10_000;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2022, 43_000_000})
    void everyKindAndEveryStatusIsInTheTruth(long seed) {
        GeneratedDataset data = GeneratedDataset.generate(SyntheticDataGenerator.Settings.of(30_000, SUBJECTS, seed));
        Map<Corruption, Integer> corruptions = new EnumMap<>(Corruption.class);
        Map<Variation, Integer> variations = new EnumMap<>(Variation.class);
        Map<ExpectedStatus, Integer> statuses = new EnumMap<>(ExpectedStatus.class);
        Map<String, Set<ExpectedStatus>> outcomes = new HashMap<>();
        GeneratedDataset.forEachRow(data.truth(), row -> {
            ExpectedStatus status = ExpectedStatus.valueOf(row.get("expected_status"));
            statuses.merge(status, 1, Integer::sum);
            for (String tag : row.get("corruptions").split(";")) {
                if (!tag.isEmpty()) {
                    corruptions.merge(Corruption.valueOf(tag), 1, Integer::sum);
                    outcomes.computeIfAbsent(tag, t -> EnumSet.noneOf(ExpectedStatus.class)).add(status);
                }
            }
            for (String tag : row.get("variations").split(";")) {
                if (!tag.isEmpty()) {
                    variations.merge(Variation.valueOf(tag), 1, Integer::sum);
                }
            }
        });
        assertThat(corruptions.keySet()).containsExactlyInAnyOrder(Corruption.values());
        assertThat(variations.keySet()).containsExactlyInAnyOrder(Variation.values());
        assertThat(statuses.keySet()).containsExactlyInAnyOrder(ExpectedStatus.values());
        assertThat(data.summary.corruptions()).isEqualTo(corruptions);
        assertThat(data.summary.variations()).isEqualTo(variations);
        assertThat(data.summary.statuses()).isEqualTo(statuses);
        // A one-digit typo usually names nobody, sometimes a real neighbour.
        assertThat(outcomes.get(Corruption.ID_ONE_DIGIT_CHANGED.name()))
                .contains(ExpectedStatus.NOT_FOUND, ExpectedStatus.MISMATCH);
        assertThat(outcomes.get(Corruption.ID_OF_HOUSEHOLD_MEMBER.name())).containsExactly(ExpectedStatus.MISMATCH);
        assertThat(outcomes.get(Corruption.NOT_IN_REGISTRY.name()))
                .containsExactlyInAnyOrder(ExpectedStatus.NOT_FOUND, ExpectedStatus.MISSING_ID);
        for (Corruption malformed : EnumSet.of(Corruption.ID_EXCEL_LOST_LEADING_ZEROS,
                Corruption.ID_EXCEL_SCIENTIFIC_NOTATION, Corruption.ID_LETTER_O_FOR_ZERO, Corruption.ID_EXTRA_DIGIT,
                Corruption.ID_DIGIT_DROPPED, Corruption.ID_UNKNOWN_PROVINCE_PREFIX)) {
            assertThat(outcomes.get(malformed.name())).as(malformed.name())
                    .containsExactly(ExpectedStatus.INVALID_ID_FORMAT);
        }
    }
}
