package vn.vaxpass.correction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MergingLeavesAloneWhatCannotMergeCleanly {

    private static final Set<String> STORED = Set.of("S-1", "S-2", "S-3", "S-4", "S-5");

    @Test
    void aDuplicateOfAStoredSubjectMerges() {
        Merging.Plan plan = Merging.plan(List.of(duplicate(10, "S-3", "S-2")), STORED, Set.of());
        assertThat(plan.merging()).extracting(Applying.DecidedItem::id).containsExactly(10L);
        assertThat(plan.leftAlone()).isEmpty();
    }

    @Test
    void aSubjectGoneOrMergedAlreadyOnEitherSideIsLeftAlone() {
        List<Applying.DecidedItem> items = List.of(duplicate(10, "S-3", "S-9"), duplicate(11, "S-9", "S-2"),
                duplicate(12, "S-4", "S-1"), duplicate(13, "S-5", "S-2"));
        Merging.Plan plan = Merging.plan(items, STORED, Set.of("S-1", "S-5"));
        assertThat(plan.merging()).isEmpty();
        assertThat(plan.leftAlone()).containsExactly(10L, 11L, 12L, 13L);
    }

    @Test
    void aSubjectKeptThatIsItselfADuplicateOfTheSameHandBackIsLeftAlone() {
        Merging.Plan plan = Merging.plan(List.of(duplicate(10, "S-3", "S-2"), duplicate(11, "S-2", "S-1")), STORED,
                Set.of());
        assertThat(plan.merging()).extracting(Applying.DecidedItem::id).containsExactly(11L);
        assertThat(plan.leftAlone()).containsExactly(10L);
    }

    @Test
    void aSecondDuplicateOfTheSameSubjectWaitsForTheNextList() {
        Merging.Plan plan = Merging.plan(List.of(duplicate(10, "S-3", "S-2"), duplicate(11, "S-4", "S-2")), STORED,
                Set.of());
        assertThat(plan.merging()).extracting(Applying.DecidedItem::id).containsExactly(10L);
        assertThat(plan.leftAlone()).containsExactly(11L);
    }

    private static Applying.DecidedItem duplicate(long id, String subjectId, String kept) {
        return new Applying.DecidedItem(id, subjectId, 1, ItemState.CONFIRMED, Outcome.DUPLICATE_OF,
                ItemSource.REGISTRY_CHECK, SubjectValues.none(), kept);
    }
}
