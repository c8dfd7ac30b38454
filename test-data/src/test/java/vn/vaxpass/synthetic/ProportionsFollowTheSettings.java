package vn.vaxpass.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shares the generator is configured with, and those of the real population it imitates, come out roughly. */
class ProportionsFollowTheSettings {

    private static final double CLOSE = 0.015;

    @Test
    void aboutTwentyEightPercentFailTheCheckAndOneAndAHalfAreNotInTheRegistry() {
        GeneratedDataset data = GeneratedDataset.standard();
        double subjects = GeneratedDataset.SUBJECTS;
        double notVerified = subjects - data.summary.statuses().get(ExpectedStatus.VERIFIED);
        assertThat(notVerified / subjects).isCloseTo(SyntheticDataGenerator.Settings.WRONG_SHARE, within(CLOSE));
        assertThat(data.summary.corruptions().get(Corruption.NOT_IN_REGISTRY) / subjects)
                .isCloseTo(SyntheticDataGenerator.Settings.OUTSIDER_SHARE, within(0.005));
    }

    @Test
    void otherSharesAreHonoured() {
        SyntheticDataGenerator.Summary summary = GeneratedDataset.generate(
                new SyntheticDataGenerator.Settings(10_000, 10_000, 5, 0.05, 0.5)).summary;
        assertThat(1 - summary.statuses().get(ExpectedStatus.VERIFIED) / 10_000.0).isCloseTo(0.5, within(0.02));
        assertThat(summary.corruptions().get(Corruption.NOT_IN_REGISTRY) / 10_000.0).isCloseTo(0.05, within(0.01));
    }

    @Test
    void familyNamesFollowTheirRealFrequency() {
        Map<String, Integer> families = new HashMap<>();
        List<Map<String, String>> people = GeneratedDataset.rows(GeneratedDataset.standard().registry());
        for (Map<String, String> person : people) {
            families.merge(person.get("full_name").split(" ")[0], 1, Integer::sum);
        }
        double total = people.size();
        assertThat(families.get("Nguyễn") / total).isCloseTo(0.384, within(0.02));
        assertThat(families.get("Trần") / total).isCloseTo(0.110, within(0.01));
        assertThat(families.get("Lê") / total).isCloseTo(0.095, within(0.01));
        assertThat((families.get("Hoàng") + families.get("Huỳnh")) / total).isCloseTo(0.051, within(0.01));
        assertThat((families.get("Vũ") + families.get("Võ")) / total).isCloseTo(0.039, within(0.01));
        assertThat(families).containsKeys("Phan", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh");
    }

    @Test
    void namesRepeatAndThiAndVanAreTheCommonMiddleNames() {
        Map<String, Integer> fullNames = new HashMap<>();
        Map<String, Integer> middles = new HashMap<>();
        List<Map<String, String>> people = GeneratedDataset.rows(GeneratedDataset.standard().registry());
        for (Map<String, String> person : people) {
            String[] words = person.get("full_name").split(" ");
            fullNames.merge(person.get("full_name"), 1, Integer::sum);
            if (words.length > 1) {
                middles.merge(words[1], 1, Integer::sum);
            }
        }
        long sharingTheirName = fullNames.values().stream().filter(n -> n > 1).mapToLong(n -> n).sum();
        assertThat(sharingTheirName / (double) people.size()).as("people whose full name someone else has too")
                .isGreaterThan(0.5);
        assertThat(middles.get("Thị") / (double) people.size()).isGreaterThan(0.2);
        assertThat(middles.get("Văn") / (double) people.size()).isGreaterThan(0.1);
    }

    @Test
    void aFewHaveMinorityNamesAndAFewAreTwins() {
        int minority = 0;
        int singleWord = 0;
        Map<String, Integer> sameFamilyDayAndCommune = new HashMap<>();
        List<Map<String, String>> people = GeneratedDataset.rows(GeneratedDataset.standard().registry());
        for (Map<String, String> person : people) {
            String name = person.get("full_name");
            minority += name.startsWith("Y ") || name.startsWith("H'") ? 1 : 0;
            singleWord += name.indexOf(' ') < 0 ? 1 : 0;
            if (person.get("date_of_birth").length() > 4) {
                sameFamilyDayAndCommune.merge(name.split(" ")[0] + person.get("date_of_birth") + person.get("commune_code"),
                        1, Integer::sum);
            }
        }
        long twins = sameFamilyDayAndCommune.values().stream().filter(n -> n > 1).mapToLong(n -> n).sum();
        assertThat(minority / (double) people.size()).as("minority names").isBetween(0.01, 0.05);
        assertThat(singleWord / (double) people.size()).as("single-word names").isBetween(0.002, 0.02);
        assertThat(twins / (double) people.size()).as("twins").isBetween(0.002, 0.02);
    }

    @Test
    void agesFollowThePopulationPyramidAndTheOldOftenHaveOnlyABirthYear() {
        PopulationPyramid pyramid = new PopulationPyramid();
        int[] decades = new int[9];
        int bornBefore1945 = 0;
        int bornBefore1945YearOnly = 0;
        int withOldNumber = 0;
        List<Map<String, String>> people = GeneratedDataset.rows(GeneratedDataset.standard().registry());
        for (Map<String, String> person : people) {
            String birth = person.get("date_of_birth");
            int year = Integer.parseInt(birth.substring(0, 4));
            decades[Math.min(8, (PersonFactory.REFERENCE_YEAR - year) / 10)]++;
            if (year < 1945) {
                bornBefore1945++;
                bornBefore1945YearOnly += birth.length() == 4 ? 1 : 0;
            }
            withOldNumber += person.get("old_id_number").isEmpty() ? 0 : 1;
        }
        for (int decade = 0; decade < decades.length; decade++) {
            int to = decade == 8 ? PopulationPyramid.MAX_AGE : decade * 10 + 9;
            assertThat(decades[decade] / (double) people.size()).as("ages %d to %d", decade * 10, to)
                    .isCloseTo(pyramid.shareBetween(decade * 10, to), within(0.03));
        }
        assertThat(bornBefore1945YearOnly / (double) bornBefore1945).isCloseTo(0.6, within(0.1));
        assertThat(withOldNumber / (double) people.size()).as("with an old CMND").isCloseTo(0.30, within(0.03));
    }
}
