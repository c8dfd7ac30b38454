package vn.vaxpass.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vaxpass.identity.VietnameseNameCanonicalizer;

/**
 * Recomputes every expected status from the files alone, as the matcher will, with its own reading of the contract
 * (regular expressions and {@link LocalDate} here; the generator has its own code), and compares with the truth.
 */
class TruthFollowsTheStatusContract {

    /** The 63 province codes of /work/shared/data/vn-provinces-pre2025.tsv, written out as the contract's vector. */
    private static final Set<String> PROVINCE_CODES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024",
            "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045",
            "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070",
            "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
            "094", "095", "096");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private static final Map<String, Map<String, String>> byNumber = new HashMap<>();
    private static List<Map<String, String>> subjects;
    private static List<Map<String, String>> truth;

    @BeforeAll
    static void readFiles() {
        GeneratedDataset data = GeneratedDataset.standard();
        GeneratedDataset.forEachRow(data.registry(), person -> {
            byNumber.put(person.get("id_number"), person);
            if (!person.get("old_id_number").isEmpty()) {
                byNumber.put(person.get("old_id_number"), person);
            }
        });
        subjects = GeneratedDataset.rows(data.subjects());
        truth = GeneratedDataset.rows(data.truth());
    }

    @Test
    void everyExpectedStatusAndMismatchedFieldFollowsFromWhatWasWritten() {
        assertThat(truth).hasSameSizeAs(subjects).hasSize(GeneratedDataset.SUBJECTS);
        List<String> disagreements = new ArrayList<>();
        Iterator<Map<String, String>> expected = truth.iterator();
        for (Map<String, String> subject : subjects) {
            Map<String, String> row = expected.next();
            assertThat(row.get("subject_id")).isEqualTo(subject.get("subject_id"));
            String recomputed = recompute(subject);
            String recorded = row.get("expected_status") + " " + row.get("expected_mismatched_fields") + " "
                    + row.get("matched_id_number");
            if (!recomputed.equals(recorded)) {
                disagreements.add(subject + " -> " + recomputed + " but truth says " + recorded);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void aTrueIdNumberIsARegistryPersonsAndIsMissingExactlyForOutsiders() {
        for (Map<String, String> row : truth) {
            boolean outsider = row.get("corruptions").contains(Corruption.NOT_IN_REGISTRY.name());
            if (outsider) {
                assertThat(row.get("true_id_number")).as(row.toString()).isEmpty();
            } else {
                assertThat(byNumber.get(row.get("true_id_number"))).as(row.toString())
                        .containsEntry("id_number", row.get("true_id_number"));
            }
        }
    }

    @Test
    void recordsWithoutMistakesAreVerifiedAsTheirOwnPersonAndRecordsWithMistakesNever() {
        int clean = 0;
        int harmlesslyDifferent = 0;
        for (Map<String, String> row : truth) {
            if (row.get("corruptions").isEmpty()) {
                assertThat(row.get("expected_status")).as(row.toString()).isEqualTo("VERIFIED");
                assertThat(row.get("matched_id_number")).as(row.toString()).isEqualTo(row.get("true_id_number"));
                if (row.get("variations").isEmpty()) {
                    clean++;
                } else {
                    harmlesslyDifferent++;
                }
            } else {
                assertThat(row.get("expected_status")).as(row.toString()).isNotEqualTo("VERIFIED");
            }
        }
        assertThat(clean).isGreaterThan(GeneratedDataset.SUBJECTS / 20);
        assertThat(harmlesslyDifferent).isGreaterThan(GeneratedDataset.SUBJECTS / 2);
    }

    /** The contract, read independently: status, mismatched fields, the matched person's number. */
    private static String recompute(Map<String, String> subject) {
        String number = subject.get("id_number").replaceAll("[ .\\-]", "");
        if (number.isEmpty()) {
            return "MISSING_ID  ";
        }
        boolean wellFormed = number.matches("\\d{9}")
                || number.matches("\\d{12}") && PROVINCE_CODES.contains(number.substring(0, 3));
        if (!wellFormed) {
            return "INVALID_ID_FORMAT  ";
        }
        Map<String, String> person = byNumber.get(number);
        if (person == null) {
            return "NOT_FOUND  ";
        }
        StringJoiner fields = new StringJoiner(";");
        if (!VietnameseNameCanonicalizer.canonicalForm(subject.get("full_name"))
                .equals(VietnameseNameCanonicalizer.canonicalForm(person.get("full_name")))) {
            fields.add("name");
        }
        if (!asRegistryWritesIt(subject.get("date_of_birth")).equals(person.get("date_of_birth"))) {
            fields.add("dob");
        }
        String gender = switch (subject.get("gender")) {
            case "Nam" -> "M";
            case "Nữ" -> "F";
            default -> subject.get("gender");
        };
        if (!gender.equals(person.get("gender"))) {
            fields.add("gender");
        }
        String status = fields.length() == 0 ? "VERIFIED" : "MISMATCH";
        return status + " " + fields + " " + person.get("id_number");
    }

    private static String asRegistryWritesIt(String written) {
        if (YEAR.matcher(written).matches()) {
            return written;
        }
        Matcher dayFirst = DAY_FIRST.matcher(written);
        Matcher iso = ISO_DATE.matcher(written);
        try {
            if (dayFirst.matches()) {
                return LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1))).toString();
            }
            if (iso.matches()) {
                return LocalDate.parse(written).toString();
            }
        } catch (DateTimeException e) {
            return "invalid date " + written;
        }
        return "unreadable date " + written;
    }
}
