package vn.vaxpass.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.identity.Gender;
import vn.vaxpass.identity.VietnameseNameCanonicalizer;
import vn.vaxpass.registry.InMemoryRegistryView;
import vn.vaxpass.registry.RegistryEntry;

import vn.vaxpass.subject.SubjectData;
class SubjectMatcherFollowsTheContract {

    private static final String DUC_ID = "001085012345";
    private static final String HOA_ID = "001187054321";

    private final SubjectMatcher matcher = new SubjectMatcher();
    private final InMemoryRegistryView registry = new InMemoryRegistryView()
            .add(person(DUC_ID, "123456789", "Đặng Văn Đức", "1985-03-07", Gender.MALE, "0100004"))
            .add(person(HOA_ID, null, "Đặng Thị Hòa", "1987-11-02", Gender.FEMALE, "0100004"));

    @Test
    void exactlyRightDataIsVerifiedWhateverItsFormatting() {
        MatchOutcome outcome = match("Đặng Văn Đức", "07/03/1985", "Nam", "001 085 012.345");
        assertThat(outcome.status()).isEqualTo(MatchStatus.VERIFIED);
        assertThat(outcome.suggestedIdNumber()).isNull();
        assertThat(match("ĐẶNG  văn đức", "1985-03-07", "M", DUC_ID).status()).isEqualTo(MatchStatus.VERIFIED);
        assertThat(match("Đặng Thị Hoà", "2/11/1987", "Nữ", HOA_ID).status()).as("old tone placement").isEqualTo(MatchStatus.VERIFIED);
    }

    @Test
    void theOldCmndNumberVerifiesToo() {
        assertThat(match("Đặng Văn Đức", "07/03/1985", "M", "123456789").status()).isEqualTo(MatchStatus.VERIFIED);
    }

    @Test
    void missingDiacriticsAreAMismatchOfTheNameWithTheSamePersonSuggested() {
        MatchOutcome outcome = match("Dang Van Duc", "07/03/1985", "M", DUC_ID);
        assertThat(outcome.status()).isEqualTo(MatchStatus.MISMATCH);
        assertThat(outcome.mismatchedFieldsText()).isEqualTo("name");
        assertThat(outcome.suggestedIdNumber()).isEqualTo(DUC_ID);
        assertThat(outcome.confidence()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aYearAloneIsNotTheFullDate() {
        MatchOutcome outcome = match("Đặng Văn Đức", "1985", "M", DUC_ID);
        assertThat(outcome.status()).isEqualTo(MatchStatus.MISMATCH);
        assertThat(outcome.mismatchedFieldsText()).isEqualTo("dob");
    }

    @Test
    void aHouseholdMembersNumberSuggestsThePersonTheDataDescribes() {
        MatchOutcome outcome = match("Đặng Văn Đức", "07/03/1985", "M", HOA_ID);
        assertThat(outcome.status()).isEqualTo(MatchStatus.MISMATCH);
        assertThat(outcome.mismatchedFieldsText()).isEqualTo("name;dob;gender");
        assertThat(outcome.suggestedIdNumber()).isEqualTo(DUC_ID);
    }

    @Test
    void noNumberIsMissingIdWithTheDescribedPersonSuggested() {
        MatchOutcome outcome = match("Đặng Văn Đức", "07/03/1985", "Nam", " ");
        assertThat(outcome.status()).isEqualTo(MatchStatus.MISSING_ID);
        assertThat(outcome.suggestedIdNumber()).isEqualTo(DUC_ID);
    }

    @Test
    void aNumberExcelDamagedIsInvalidAndRepaired() {
        MatchOutcome lostZeros = match("Đặng Văn Đức", "07/03/1985", "M", "1085012345");
        assertThat(lostZeros.status()).isEqualTo(MatchStatus.INVALID_ID_FORMAT);
        assertThat(lostZeros.suggestedIdNumber()).isEqualTo(DUC_ID);
        assertThat(lostZeros.confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(match("Đặng Văn Đức", "07/03/1985", "M", "OO1085012345").suggestedIdNumber()).isEqualTo(DUC_ID);
    }

    @Test
    void aNumberOneDigitOffIsNotFoundWithTheNeighbourSuggested() {
        MatchOutcome outcome = match("Đặng Văn Đức", "07/03/1985", "M", "001085012346");
        assertThat(outcome.status()).isEqualTo(MatchStatus.NOT_FOUND);
        assertThat(outcome.suggestedIdNumber()).isEqualTo(DUC_ID);
    }

    @Test
    void aStrangerIsNotFoundWithNothingSuggested() {
        MatchOutcome outcome = match("Trần Minh Khôi", "01/01/1990", "M", "079090999999");
        assertThat(outcome.status()).isEqualTo(MatchStatus.NOT_FOUND);
        assertThat(outcome.suggestedIdNumber()).isNull();
    }

    @Test
    void inputMethodLeftoversAreAMismatchOfTheNameOnly() {
        MatchOutcome outcome = match("Ddawngj Vawn DDuwcs", "07/03/1985", "M", DUC_ID);
        assertThat(outcome.status()).isEqualTo(MatchStatus.MISMATCH);
        assertThat(outcome.mismatchedFieldsText()).isEqualTo("name");
        assertThat(outcome.suggestedIdNumber()).isEqualTo(DUC_ID);
    }

    private MatchOutcome match(String name, String dob, String gender, String id) {
        SubjectData subject = new SubjectData("S-1", name, dob, gender, id, "0100004");
        return matcher.match(subject, registry);
    }

    private static RegistryEntry person(String id, String oldId, String name, String dob, Gender gender, String commune) {
        return new RegistryEntry(id, oldId, name, VietnameseNameCanonicalizer.canonicalForm(name),
                VietnameseNameCanonicalizer.diacriticsFreeKey(name), BirthDate.parse(dob).orElseThrow(), gender, commune);
    }
}
