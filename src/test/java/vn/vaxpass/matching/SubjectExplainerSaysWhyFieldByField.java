package vn.vaxpass.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.identity.Gender;
import vn.vaxpass.matching.MatchExplanation.ComparedWith;
import vn.vaxpass.registry.InMemoryRegistryView;
import vn.vaxpass.registry.RegistryEntry;

import vn.vaxpass.subject.SubjectData;
class SubjectExplainerSaysWhyFieldByField {

    private static final String DUC_ID = "001085012345";
    private static final String HOA_ID = "001187054321";

    private final SubjectExplainer explainer = new SubjectExplainer();
    private final InMemoryRegistryView registry = new InMemoryRegistryView()
            .add(person(DUC_ID, "Đặng Văn Đức", "1985-03-07", Gender.MALE))
            .add(person(HOA_ID, "Đặng Thị Hòa", "1987-11-02", Gender.FEMALE));

    @Test
    void exactDataAgreesInEveryField() {
        MatchExplanation explanation = explain("Đặng Văn Đức", "1985-03-07", "M", DUC_ID);
        assertThat(explanation.outcome().status()).isEqualTo(MatchStatus.VERIFIED);
        assertThat(explanation.comparedWith()).isEqualTo(ComparedWith.NUMBER_HOLDER);
        assertThat(verdicts(explanation)).containsExactly(FieldVerdict.AGREES, FieldVerdict.AGREES, FieldVerdict.AGREES,
                FieldVerdict.AGREES);
    }

    @Test
    void formattingAndOtherSpellingsOfTheSameValueAreNamedButAreNoMismatch() {
        MatchExplanation explanation = explain("ĐẶNG  thị hoà", "02/11/1987", "Nữ", "001 187.054-321");
        assertThat(explanation.outcome().status()).isEqualTo(MatchStatus.VERIFIED);
        assertThat(verdicts(explanation)).containsExactly(FieldVerdict.AGREES_AFTER_NORMALISING,
                FieldVerdict.AGREES_AFTER_NORMALISING, FieldVerdict.AGREES, FieldVerdict.AGREES);
    }

    @Test
    void aMismatchSaysWhichFieldsAreCloseAndWhichDiffer() {
        MatchExplanation explanation = explain("Dang Van Duc", "1985-07-03", "F", DUC_ID);
        assertThat(explanation.outcome().status()).isEqualTo(MatchStatus.MISMATCH);
        assertThat(explanation.outcome().mismatchedFieldsText()).isEqualTo("name;dob;gender");
        assertThat(verdicts(explanation)).containsExactly(FieldVerdict.AGREES, FieldVerdict.CLOSE, FieldVerdict.CLOSE,
                FieldVerdict.DIFFERS);
    }

    @Test
    void withoutANumberTheDataIsSetAgainstTheSuggestedPerson() {
        MatchExplanation explanation = explain("Đặng Văn Đức", "07/03/1985", "Nam", "");
        assertThat(explanation.outcome().status()).isEqualTo(MatchStatus.MISSING_ID);
        assertThat(explanation.outcome().suggestedIdNumber()).isEqualTo(DUC_ID);
        assertThat(explanation.comparedWith()).isEqualTo(ComparedWith.SUGGESTED_PERSON);
        assertThat(verdicts(explanation)).containsExactly(FieldVerdict.MISSING, FieldVerdict.AGREES, FieldVerdict.AGREES,
                FieldVerdict.AGREES);
    }

    @Test
    void anUnreadableNumberAndUnreadableFieldsAreSaidSo() {
        MatchExplanation explanation = explain("Người Lạ", "31/02/19x5", "?", "1085012345");
        assertThat(explanation.outcome().status()).isEqualTo(MatchStatus.INVALID_ID_FORMAT);
        assertThat(explanation.comparedWith()).isEqualTo(ComparedWith.NOBODY);
        assertThat(verdicts(explanation)).containsExactly(FieldVerdict.UNREADABLE, FieldVerdict.NOT_COMPARED,
                FieldVerdict.UNREADABLE, FieldVerdict.UNREADABLE);
        assertThat(explanation.fields().get(0).message()).contains("spreadsheet");
    }

    @Test
    void aNumberNobodyHoldsIsSaidSoWithoutNamingAnyoneElse() {
        MatchExplanation explanation = explain("Trần Văn Nam", "1990-01-01", "M", "001090099999");
        assertThat(explanation.outcome().status()).isEqualTo(MatchStatus.NOT_FOUND);
        assertThat(explanation.fields().get(0).verdict()).isEqualTo(FieldVerdict.DIFFERS);
        assertThat(explanation.fields()).allSatisfy(field -> assertThat(field.message())
                .doesNotContain("Đặng", "Hòa", "Đức", DUC_ID, HOA_ID, "1985", "1987"));
    }

    private MatchExplanation explain(String name, String dob, String gender, String idNumber) {
        return explainer.explain(new SubjectData("S1", name, dob, gender, idNumber, "0100004"), registry);
    }

    private static List<FieldVerdict> verdicts(MatchExplanation explanation) {
        return explanation.fields().stream().map(FieldExplanation::verdict).toList();
    }

    private static RegistryEntry person(String id, String name, String dob, Gender gender) {
        return RegistryEntry.of(id, null, name, BirthDate.parse(dob).orElseThrow(), gender, "0100004");
    }
}
