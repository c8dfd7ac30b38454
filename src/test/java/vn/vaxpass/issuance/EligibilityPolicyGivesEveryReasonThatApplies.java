package vn.vaxpass.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.vaxpass.confirmation.DoseContent;
import vn.vaxpass.confirmation.RecordedDose;
import vn.vaxpass.matching.MatchStatus;

/**
 * The rule on its own, without a database: a record the registry check VERIFIED as it is now, whose every dose is
 * confirmed as it is now, has no reason against it; every other record has each reason that applies, the
 * registry check's first.
 */
class EligibilityPolicyGivesEveryReasonThatApplies {

    private static final int VERSION = 3;
    private static final SubjectRecord.LatestMatch VERIFIED_NOW = new SubjectRecord.LatestMatch(MatchStatus.VERIFIED, VERSION, "");

    private static DoseContent content(int doseNumber) {
        return new DoseContent("S-1", doseNumber, 2, LocalDate.of(2021, 9, doseNumber), "EU/1/20/1528", "ORG-100030215",
                "J07BX03", "LOT" + doseNumber, "79001");
    }

    private static RecordedDose confirmed(int doseNumber) {
        DoseContent content = content(doseNumber);
        return new RecordedDose(doseNumber, content, content.hash());
    }

    private static RecordedDose notConfirmed(int doseNumber) {
        return new RecordedDose(doseNumber, content(doseNumber), null);
    }

    private static RecordedDose changedAfterConfirmation(int doseNumber) {
        byte[] earlier = content(doseNumber).hash();
        earlier[0] ^= 1;
        return new RecordedDose(doseNumber, content(doseNumber), earlier);
    }

    private static SubjectRecord record(SubjectRecord.LatestMatch match, RecordedDose... doses) {
        return new SubjectRecord("S-1", "Đặng Văn Đức", "1985-03-07", VERSION, match, List.of(doses), null, Set.of(),
                new SubjectRecord.Commune("26734", "Phường Bến Nghé"));
    }

    private static List<EligibilityReason> reasonCodes(SubjectRecord record) {
        return EligibilityPolicy.reasons(record).stream().map(Ineligibility::reason).toList();
    }

    @Test
    void aSubjectRecordedAsDeceasedHasThatReasonAlone() {
        SubjectRecord deceased = new SubjectRecord("S-1", "Đặng Văn Đức", "1985-03-07", VERSION, VERIFIED_NOW,
                List.of(confirmed(1)), null, Set.of(), new SubjectRecord.Commune("26734", "Phường Bến Nghé"),
                java.time.Instant.parse("2022-04-01T00:00:00Z"));
        assertThat(reasonCodes(deceased)).containsExactly(EligibilityReason.DECEASED);
    }

    @Test
    void aVerifiedRecordWithEveryDoseConfirmedHasNoReasonAgainstIt() {
        assertThat(EligibilityPolicy.reasons(record(VERIFIED_NOW, confirmed(1), confirmed(2)))).isEmpty();
    }

    @Test
    void aRecordNeverCheckedAgainstTheRegistryIsNotYetChecked() {
        List<Ineligibility> reasons = EligibilityPolicy.reasons(record(null, confirmed(1)));

        assertThat(reasons).singleElement().satisfies(reason -> {
            assertThat(reason.reason()).isEqualTo(EligibilityReason.NOT_YET_CHECKED);
            assertThat(reason.field()).isEqualTo(EligibilityPolicy.REGISTRY_CHECK);
            assertThat(reason.message()).contains("not been checked against the national population registry");
        });
    }

    @Test
    void aCheckOfAnEarlierVersionOfThePersonalDataIsOutdated() {
        SubjectRecord.LatestMatch earlier = new SubjectRecord.LatestMatch(MatchStatus.VERIFIED, VERSION - 1, "");

        List<Ineligibility> reasons = EligibilityPolicy.reasons(record(earlier, confirmed(1)));

        assertThat(reasons).singleElement().satisfies(reason -> {
            assertThat(reason.reason()).isEqualTo(EligibilityReason.MATCH_OUTDATED);
            assertThat(reason.field()).isEqualTo(EligibilityPolicy.REGISTRY_CHECK);
        });
    }

    @Test
    void anOutdatedCheckCountsAsOutdatedWhateverItFound() {
        SubjectRecord.LatestMatch earlier = new SubjectRecord.LatestMatch(MatchStatus.MISMATCH, VERSION - 1, "name");

        assertThat(reasonCodes(record(earlier, confirmed(1)))).containsExactly(EligibilityReason.MATCH_OUTDATED);
    }

    @ParameterizedTest
    @CsvSource({
            "MISSING_ID, '', has no ID number",
            "INVALID_ID_FORMAT, '', not a valid CCCD or CMND number",
            "NOT_FOUND, '', was not found in the national population registry",
            "MISMATCH, name;dob, The record's name and date of birth differs",
            "MISMATCH, gender, The record's gender differs",
            "MISMATCH, '', The record's personal data differs",
    })
    void eachUnverifiedOutcomeSaysWhatTheCheckFoundAndWhoCorrectsIt(MatchStatus status, String mismatched, String says) {
        SubjectRecord.LatestMatch match = new SubjectRecord.LatestMatch(status, VERSION, mismatched);

        List<Ineligibility> reasons = EligibilityPolicy.reasons(record(match, confirmed(1)));

        assertThat(reasons).singleElement().satisfies(reason -> {
            assertThat(reason.reason()).isEqualTo(EligibilityReason.NOT_VERIFIED);
            assertThat(reason.field()).isEqualTo(EligibilityPolicy.REGISTRY_CHECK);
            assertThat(reason.message()).contains(says).contains("correct the record");
        });
    }

    @Test
    void aRecordWithoutDosesHasNoDoses() {
        List<Ineligibility> reasons = EligibilityPolicy.reasons(record(VERIFIED_NOW));

        assertThat(reasons).singleElement().satisfies(reason -> {
            assertThat(reason.reason()).isEqualTo(EligibilityReason.NO_DOSES);
            assertThat(reason.field()).isEqualTo(EligibilityPolicy.DOSES);
        });
    }

    @Test
    void aDoseItsFacilityNeverConfirmedIsNamedByItsNumber() {
        List<Ineligibility> reasons = EligibilityPolicy.reasons(record(VERIFIED_NOW, confirmed(1), notConfirmed(2)));

        assertThat(reasons).singleElement().satisfies(reason -> {
            assertThat(reason.reason()).isEqualTo(EligibilityReason.DOSE_NOT_CONFIRMED);
            assertThat(reason.field()).isEqualTo("doses[2]");
            assertThat(reason.message()).contains("Dose 2 (given on 2021-09-02 by facility 79001)")
                    .contains("has not been confirmed");
        });
    }

    @Test
    void aDoseChangedAfterItsConfirmationMustBeConfirmedAgain() {
        List<Ineligibility> reasons = EligibilityPolicy.reasons(record(VERIFIED_NOW, changedAfterConfirmation(1), confirmed(2)));

        assertThat(reasons).singleElement().satisfies(reason -> {
            assertThat(reason.reason()).isEqualTo(EligibilityReason.DOSE_CHANGED_AFTER_CONFIRMATION);
            assertThat(reason.field()).isEqualTo("doses[1]");
            assertThat(reason.message()).contains("changed after the facility confirmed it");
        });
    }

    @Test
    void everyReasonThatAppliesIsGivenTheRegistryChecksFirst() {
        SubjectRecord record = record(null, notConfirmed(1), changedAfterConfirmation(2));

        assertThat(reasonCodes(record)).containsExactly(EligibilityReason.NOT_YET_CHECKED,
                EligibilityReason.DOSE_NOT_CONFIRMED, EligibilityReason.DOSE_CHANGED_AFTER_CONFIRMATION);
    }

    @Test
    void anUncheckedRecordWithoutDosesHasBothReasons() {
        assertThat(reasonCodes(record(null))).containsExactly(EligibilityReason.NOT_YET_CHECKED, EligibilityReason.NO_DOSES);
    }

    @Test
    void noReasonIsEverRecordNotCertifiable() {
        // That code is CertificateOnDemand's, given when the record cannot be made into a payload, not this rule's.
        assertThat(Arrays.stream(MatchStatus.values())
                .map(status -> new SubjectRecord.LatestMatch(status, VERSION, ""))
                .flatMap(match -> reasonCodes(record(match, notConfirmed(1))).stream()))
                .doesNotContain(EligibilityReason.RECORD_NOT_CERTIFIABLE);
    }
}
