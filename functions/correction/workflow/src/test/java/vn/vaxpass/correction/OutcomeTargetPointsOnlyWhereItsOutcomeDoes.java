package vn.vaxpass.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class OutcomeTargetPointsOnlyWhereItsOutcomeDoes {

    private static final String PHUC_XA = "00001";

    @Test
    void aDuplicateWithoutTheSubjectItDuplicatesIsRefusedOnItsField() {
        CorrectionProblem refused = catchThrowableOfType(() -> OutcomeTarget.requireFits(Outcome.DUPLICATE_OF, " ",
                null), CorrectionProblem.class);
        assertThat(refused.kind()).isEqualTo(CorrectionProblem.Kind.INVALID);
        assertThat(refused.fields()).singleElement().satisfies(field -> {
            assertThat(field.field()).isEqualTo(OutcomeTarget.DUPLICATE_OF_FIELD);
            assertThat(field.code()).isEqualTo(OutcomeTarget.DUPLICATE_OF_REQUIRED);
        });
    }

    @Test
    void aSubjectOrACommuneWithAnOutcomeThatPointsAtNothingIsRefused() {
        for (Outcome outcome : new Outcome[] {Outcome.DECEASED, Outcome.NOT_RESIDENT, Outcome.NOT_FOUND, null}) {
            assertThat(code(() -> OutcomeTarget.requireFits(outcome, "S-2", null)))
                    .as(String.valueOf(outcome)).isEqualTo(OutcomeTarget.TARGET_NOT_EXPECTED);
            assertThat(code(() -> OutcomeTarget.requireFits(outcome, null, "00004")))
                    .as(String.valueOf(outcome)).isEqualTo(OutcomeTarget.TARGET_NOT_EXPECTED);
        }
        assertThat(code(() -> OutcomeTarget.requireFits(Outcome.MOVED_AWAY, "S-2", null)))
                .isEqualTo(OutcomeTarget.TARGET_NOT_EXPECTED);
    }

    @Test
    void aMoveMayNameItsCommuneOrNot() {
        assertThatCode(() -> OutcomeTarget.requireFits(Outcome.MOVED_AWAY, null, null)).doesNotThrowAnyException();
        assertThatCode(() -> OutcomeTarget.requireFits(Outcome.MOVED_AWAY, null, "00004")).doesNotThrowAnyException();
    }

    @Test
    void aSubjectCannotDuplicateItselfNorOneOfAnotherCommune() {
        CorrectionItem item = new CorrectionItem();
        item.subjectId = "S-3";
        assertThat(code(() -> new OutcomeTarget("S-3", PHUC_XA, null).checkFor(item, PHUC_XA)))
                .isEqualTo(OutcomeTarget.DUPLICATE_OF_ITSELF);
        CorrectionProblem foreign = catchThrowableOfType(() -> new OutcomeTarget("S-6", "00004", null)
                .checkFor(item, PHUC_XA), CorrectionProblem.class);
        assertThat(foreign.kind()).isEqualTo(CorrectionProblem.Kind.NOT_FOUND);
        assertThatCode(() -> new OutcomeTarget("S-2", PHUC_XA, null).checkFor(item, PHUC_XA))
                .doesNotThrowAnyException();
    }

    @Test
    void aMoveToTheListsOwnCommuneIsRefused() {
        CorrectionItem item = new CorrectionItem();
        item.subjectId = "S-5";
        assertThat(code(() -> new OutcomeTarget(null, null, PHUC_XA).checkFor(item, PHUC_XA)))
                .isEqualTo(OutcomeTarget.MOVED_TO_OWN_COMMUNE);
        assertThatCode(() -> new OutcomeTarget(null, null, "00004").checkFor(item, PHUC_XA))
                .doesNotThrowAnyException();
    }

    @Test
    void aProposalChecksItsTargetBeforeAnythingIsLookedUp() {
        ItemWork.Proposal proposal = new ItemWork.Proposal(1, null, Outcome.DUPLICATE_OF, null, null, "Trùng", null);
        assertThat(code(proposal::checked)).isEqualTo(OutcomeTarget.DUPLICATE_OF_REQUIRED);
    }

    private static String code(Runnable check) {
        CorrectionProblem refused = catchThrowableOfType(check::run, CorrectionProblem.class);
        assertThat(refused).as("refused").isNotNull();
        return refused.fields().isEmpty() ? refused.code() : refused.fields().get(0).code();
    }
}
