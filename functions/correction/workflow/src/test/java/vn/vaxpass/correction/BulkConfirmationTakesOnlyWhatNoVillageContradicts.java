package vn.vaxpass.correction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.identity.Gender;
import vn.vaxpass.registry.RegistryEntry;

class BulkConfirmationTakesOnlyWhatNoVillageContradicts {

    private static final RegistryEntry HOA = RegistryEntry.of("001187054321", null, "Đặng Thị Hòa",
            BirthDate.parse("1987-11-02").orElseThrow(), Gender.FEMALE, "00001");

    @Test
    void noProposalOrOneThatAgreesLeavesTheSuggestionStanding() {
        assertThat(BulkConfirmation.contradicts(new CorrectionItem(), HOA)).isFalse();
        CorrectionItem agreeing = new CorrectionItem();
        agreeing.propose(new SubjectValues("Đặng Thị Hoà", "02/11/1987", "Nữ", "001187054321"), null, null, "v");
        assertThat(BulkConfirmation.contradicts(agreeing, HOA)).isFalse();
    }

    @Test
    void anOutcomeOrAnyDifferingValueContradictsIt() {
        CorrectionItem moved = new CorrectionItem();
        moved.propose(SubjectValues.none(), Outcome.MOVED_AWAY, "Chuyển vào Nam", "v");
        assertThat(BulkConfirmation.contradicts(moved, HOA)).isTrue();
        for (SubjectValues differing : new SubjectValues[] {
            new SubjectValues(null, null, null, "001187054322"),
            new SubjectValues("Đặng Thị Hoà Bình", null, null, null),
            new SubjectValues(null, "1987-11-03", null, null),
            new SubjectValues(null, null, "M", null)}) {
            CorrectionItem item = new CorrectionItem();
            item.propose(differing, null, null, "v");
            assertThat(BulkConfirmation.contradicts(item, HOA)).as(differing.toString()).isTrue();
        }
    }

    @Test
    void theRegistryPersonsValuesAreWrittenInTheStoredForm() {
        assertThat(BulkConfirmation.valuesOf(HOA))
                .isEqualTo(new SubjectValues("Đặng Thị Hòa", "1987-11-02", "F", "001187054321"));
    }
}
