package vn.vaxpass.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.identity.Gender;
import vn.vaxpass.identity.VietnameseNameCanonicalizer;
import vn.vaxpass.registry.InMemoryRegistryView;
import vn.vaxpass.registry.RegistryEntry;
import vn.vaxpass.subject.SubjectData;

/**
 * Twins share family name, birth date and household: a suggestion reaches 0.9 only when the record's name is one
 * twin's and nothing like the other's, and the record does not carry the other twin's number.
 */
class MatcherNeverConfidentlySuggestsTheWrongTwin {

    private static final String COMMUNE = "0100004";
    private static final String ANH_ID = "001315012345";
    private static final String CHAU_ID = "001315054321";
    private static final String AN_ID = "001215011111";
    private static final String ANH_BROTHER_ID = "001215022222";

    private final SubjectMatcher matcher = new SubjectMatcher();
    private final InMemoryRegistryView registry = new InMemoryRegistryView()
            .add(person(ANH_ID, "Nguyễn Minh Anh", Gender.FEMALE))
            .add(person(CHAU_ID, "Nguyễn Minh Châu", Gender.FEMALE))
            .add(person(AN_ID, "Trần Văn An", Gender.MALE))
            .add(person(ANH_BROTHER_ID, "Trần Văn Anh", Gender.MALE));

    @Test
    void aTwinsNumberOnTheOtherTwinsRecordIsNotConfirmableInBulk() {
        MatchOutcome outcome = match("Nguyễn Minh Anh", "F", CHAU_ID);
        assertThat(outcome.status()).isEqualTo(MatchStatus.MISMATCH);
        assertThat(outcome.suggestedIdNumber()).isEqualTo(ANH_ID);
        assertThat(outcome.confidence()).isLessThan(MatchQuality.BULK_CONFIDENCE);
    }

    @Test
    void aNameThatFitsOneTwinOnlyIsConfident() {
        MatchOutcome outcome = match("Nguyen Minh Anh", "F", "");
        assertThat(outcome.suggestedIdNumber()).isEqualTo(ANH_ID);
        assertThat(outcome.confidence()).isGreaterThanOrEqualTo(MatchQuality.BULK_CONFIDENCE);
    }

    @Test
    void aNameCloseToBothTwinsIsNotConfident() {
        MatchOutcome outcome = match("Tran Van An", "M", "");
        assertThat(outcome.confidence()).as(outcome.toString()).satisfiesAnyOf(
                confidence -> assertThat(confidence).isNull(),
                confidence -> assertThat(confidence).isLessThan(MatchQuality.BULK_CONFIDENCE));
    }

    private MatchOutcome match(String name, String gender, String id) {
        return matcher.match(new SubjectData("S-1", name, "04/03/2015", gender, id, COMMUNE), registry);
    }

    private static RegistryEntry person(String id, String name, Gender gender) {
        return new RegistryEntry(id, null, name, VietnameseNameCanonicalizer.canonicalForm(name),
                VietnameseNameCanonicalizer.diacriticsFreeKey(name), BirthDate.parse("2015-03-04").orElseThrow(), gender,
                COMMUNE);
    }
}
