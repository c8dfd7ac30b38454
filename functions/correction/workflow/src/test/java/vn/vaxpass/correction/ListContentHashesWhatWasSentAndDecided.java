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

    @Test
    void theSubjectKeptOrTheCommuneMovedToIsPartOfTheHashAndAnOutcomeWithoutOneHashesAsBefore() {
        CorrectionItem moved = item(1, "S-1");
        moved.propose(SubjectValues.none(), Outcome.MOVED_AWAY, "Chuyển đi", "village");
        String withoutCommune = ListContent.hashOfSent(List.of(moved));
        assertThat(ListContent.outcome(moved)).isEqualTo("MOVED_AWAY");
        moved.propose(SubjectValues.none(), Outcome.MOVED_AWAY, new OutcomeTarget(null, null, "00004"), "Chuyển đi",
                "village");
        assertThat(ListContent.outcome(moved)).isEqualTo("MOVED_AWAY:00004");
        assertThat(ListContent.hashOfSent(List.of(moved))).isNotEqualTo(withoutCommune);
        CorrectionItem duplicate = item(2, "S-3");
        duplicate.propose(SubjectValues.none(), Outcome.DUPLICATE_OF, new OutcomeTarget("S-2", "00001", null),
                "Cùng một người", "village");
        duplicate.state = ItemState.CONFIRMED;
        String hash = ListContent.hashOfDecision(duplicate);
        duplicate.duplicateOf = "S-1";
        assertThat(ListContent.hashOfDecision(duplicate)).isNotEqualTo(hash);
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
