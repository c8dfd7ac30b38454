package vn.vaxpass.correction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ListContentHashesWhatWasSentAndDecided {

    @Test
    void theHashOfASentListIsTheSameInAnyOrderAndChangesWithAnyProposal() {
        CorrectionItem first = item(1, "S-1");
        CorrectionItem second = item(2, "S-2");
        String hash = ListContent.hashOfSent(List.of(first, second));
        assertThat(ListContent.hashOfSent(List.of(second, first))).isEqualTo(hash).matches("[0-9a-f]{64}");
        second.proposedIdNumber = "001187054321";
        assertThat(ListContent.hashOfSent(List.of(first, second))).isNotEqualTo(hash);
    }

    @Test
    void aDecisionsHashNamesWhatItGivesTheSubject() {
        CorrectionItem corrected = item(1, "S-1");
        corrected.decide(ItemState.CORRECTED, new SubjectValues("Đặng Thị Hòa", null, null, null), null, "police",
                java.time.Instant.EPOCH);
        String hash = ListContent.hashOfDecision(corrected);
        corrected.decidedFullName = "Đặng Thị Hoà";
        assertThat(ListContent.hashOfDecision(corrected)).isNotEqualTo(hash);
    }

    @Test
    void aConfirmedOutcomeGivesTheSubjectNothing() {
        CorrectionItem moved = item(1, "S-1");
        moved.propose(SubjectValues.none(), Outcome.MOVED_AWAY, "Chuyển đi", "village");
        moved.state = ItemState.CONFIRMED;
        assertThat(ListContent.valuesDecided(moved).isEmpty()).isTrue();
    }

    private static CorrectionItem item(long id, String subjectId) {
        CorrectionItem item = new CorrectionItem();
        item.id = id;
        item.subjectId = subjectId;
        item.subjectVersion = 1;
        item.state = ItemState.OPEN;
        return item;
    }
}
