package vn.vaxpass.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names of ethnic minorities, with an apostrophe or of a single word, are read, kept and transliterated as names. */
class MinorityNamesAreNamesLikeAnyOther {

    @Test
    void aSingleWordIsAFamilyNameWithoutGivenNames() {
        PersonName name = PersonName.fromFullName("Pó");
        assertThat(name.familyName()).isEqualTo("Pó");
        assertThat(name.givenNames()).isEmpty();
        assertThat(name.fullName()).isEqualTo("Pó");
    }

    @Test
    void anApostropheIsKeptInTheNameAndDroppedInTheTransliteration() {
        assertThat(PersonName.fromFullName("H'Hen Niê").fullName()).isEqualTo("H'Hen Niê");
        assertThat(VietnameseNameCanonicalizer.canonicalForm("H'Hen Niê")).isEqualTo("h'hen niê");
        assertThat(IcaoTransliteration.transliterate("H'Hen Niê")).isEqualTo("HHEN<NIE");
        assertThat(IcaoTransliteration.transliterate("Y Moan Êban")).isEqualTo("Y<MOAN<EBAN");
    }
}
