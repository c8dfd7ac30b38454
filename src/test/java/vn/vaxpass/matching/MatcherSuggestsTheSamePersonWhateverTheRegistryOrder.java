package vn.vaxpass.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.registry.RegistryEntryFixture.person;

import org.junit.jupiter.api.Test;

import vn.vaxpass.identity.Gender;
import vn.vaxpass.registry.InMemoryRegistryView;
import vn.vaxpass.registry.RegistryEntry;

import vn.vaxpass.subject.SubjectData;
/**
 * Two namesakes who fit a subject equally well: the suggestion may not depend on the order the registry returned
 * them in (the PostgreSQL mirror returns rows in no fixed order), or a rerun could suggest someone else.
 */
class MatcherSuggestsTheSamePersonWhateverTheRegistryOrder {

    private static final RegistryEntry FIRST = person("001085000111", null, "Nguyễn Văn An", "1985-04-01", Gender.MALE, "0100004");
    private static final RegistryEntry SECOND = person("001085000222", null, "Nguyễn Văn An", "1985-09-30", Gender.MALE, "0100004");

    private final SubjectMatcher matcher = new SubjectMatcher();

    @Test
    void equallyGoodNamesakesGiveTheLowerNumberAtLowConfidence() {
        SubjectData subject = new SubjectData("S-1", "Nguyễn Văn An", "1985", "Nam", "", "0100004");

        MatchOutcome oneOrder = matcher.match(subject, new InMemoryRegistryView().add(FIRST).add(SECOND));
        MatchOutcome otherOrder = matcher.match(subject, new InMemoryRegistryView().add(SECOND).add(FIRST));

        assertThat(oneOrder).isEqualTo(otherOrder);
        assertThat(oneOrder.suggestedIdNumber()).isEqualTo(FIRST.idNumber());
        assertThat(oneOrder.confidence()).isLessThan(MatchQuality.BULK_CONFIDENCE);
    }
}
