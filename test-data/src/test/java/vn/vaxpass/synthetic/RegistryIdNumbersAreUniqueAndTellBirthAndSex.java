package vn.vaxpass.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegistryIdNumbersAreUniqueAndTellBirthAndSex {

    private static final List<Map<String, String>> PEOPLE =
            GeneratedDataset.rows(GeneratedDataset.standard().registry());

    @Test
    void noNumberNewOrOldIsEverGivenTwice() {
        Set<String> numbers = new HashSet<>();
        int count = 0;
        for (Map<String, String> person : PEOPLE) {
            numbers.add(person.get("id_number"));
            count++;
            if (!person.get("old_id_number").isEmpty()) {
                numbers.add(person.get("old_id_number"));
                count++;
            }
        }
        assertThat(PEOPLE).hasSize(GeneratedDataset.PEOPLE);
        assertThat(numbers).hasSize(count);
    }

    @Test
    void twelveDigitsOfProvinceCenturyAndSexYearAndSixMore() {
        Provinces provinces = new Provinces();
        List<Map<String, String>> wrong = new ArrayList<>();
        for (Map<String, String> person : PEOPLE) {
            String id = person.get("id_number");
            String birth = person.get("date_of_birth");
            int year = Integer.parseInt(birth.substring(0, 4));
            int centuryAndSex = (year >= 2000 ? 2 : 0) + (person.get("gender").equals("F") ? 1 : 0);
            boolean right = id.matches("\\d{12}")
                    && provinces.isKnownPrefix(Integer.parseInt(id.substring(0, 3)))
                    && id.charAt(3) - '0' == centuryAndSex
                    && id.substring(4, 6).equals(birth.substring(2, 4))
                    && person.get("old_id_number").matches("(\\d{9})?")
                    && birth.matches("\\d{4}(-\\d{2}-\\d{2})?")
                    && person.get("gender").matches("[MF]")
                    && person.get("commune_code").matches("\\d{5}");
            if (!right) {
                wrong.add(person);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void householdsShareACommuneAndOftenAFamilyName() {
        int sameAsPrevious = 0;
        int sameFamilyAndCommune = 0;
        Map<String, String> previous = null;
        for (Map<String, String> person : PEOPLE) {
            if (previous != null && previous.get("commune_code").equals(person.get("commune_code"))) {
                sameAsPrevious++;
                if (previous.get("full_name").split(" ")[0].equals(person.get("full_name").split(" ")[0])) {
                    sameFamilyAndCommune++;
                }
            }
            previous = person;
        }
        // Households of about three people are written together: most rows follow a housemate.
        assertThat(sameAsPrevious / (double) PEOPLE.size()).isGreaterThan(0.5);
        // Children share their father's family name, wives keep theirs; two strangers share one about 18% of the time.
        assertThat(sameFamilyAndCommune / (double) sameAsPrevious).isGreaterThan(0.35);
    }

    @Test
    void subjectsHaveMobileNumbersOfTenDigitsAndTheClerksFormats() {
        List<Map<String, String>> wrong = new ArrayList<>();
        GeneratedDataset.forEachRow(GeneratedDataset.standard().subjects(), subject -> {
            boolean right = subject.get("phone").matches("(0[35789]\\d{8})?")
                    && subject.get("commune_code").matches("\\d{5}")
                    && subject.get("gender").matches("M|F|Nam|Nữ")
                    && subject.get("date_of_birth").matches("\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{4}");
            if (!right) {
                wrong.add(subject);
            }
        });
        assertThat(wrong).isEmpty();
    }
}
