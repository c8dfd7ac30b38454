package vn.vaxpass.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.vaxpass.matching.MatchStatus;

class RegistryCheckWordingTellsWhatIsWrongAndWhere {

    @Test
    void aVerifiedRecordNeedsNoFix() {
        RegistryCheck check = RegistryCheckWording.of(MatchStatus.VERIFIED, 1, null, 1, "00004", "Phường Trúc Bạch");
        assertThat(check.state()).isEqualTo("VERIFIED");
        assertThat(check.whereToFix()).isNull();
    }

    @Test
    void aMismatchNamesTheDifferingDetailsAndTheCommuneHealthStation() {
        RegistryCheck check = RegistryCheckWording.of(MatchStatus.MISMATCH, 3, "name;dob", 3, "00004", "Phường Trúc Bạch");
        assertThat(check.state()).isEqualTo("MISMATCH");
        assertThat(check.differingDetails()).containsExactly("name", "dateOfBirth");
        assertThat(check.explanation()).contains("full name and date of birth");
        assertThat(check.whereToFix().communeCode()).isEqualTo("00004");
        assertThat(check.whereToFix().place()).contains("Phường Trúc Bạch");
    }

    @Test
    void eachUnverifiedStatusSaysWhatIsWrong() {
        for (MatchStatus status : new MatchStatus[] {MatchStatus.MISSING_ID, MatchStatus.INVALID_ID_FORMAT,
            MatchStatus.NOT_FOUND}) {
            RegistryCheck check = RegistryCheckWording.of(status, 1, null, 1, "00004", null);
            assertThat(check.explanation()).as(status.name()).contains("ID number");
            assertThat(check.whereToFix().place()).as(status.name()).contains("commune health station");
        }
    }

    @Test
    void aCheckOfEarlierDetailsIsOutdated() {
        assertThat(RegistryCheckWording.of(MatchStatus.MISMATCH, 1, "name", 2, "00004", null).state())
                .isEqualTo(RegistryCheckWording.CHECK_OUTDATED);
        assertThat(RegistryCheckWording.of(null, 0, null, 1, "00004", null).state())
                .isEqualTo(RegistryCheckWording.NOT_YET_CHECKED);
    }
}
