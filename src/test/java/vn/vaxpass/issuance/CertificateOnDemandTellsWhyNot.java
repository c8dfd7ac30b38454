package vn.vaxpass.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.access.Reach;
import vn.vaxpass.confirmation.VaccinationRows;
import vn.vaxpass.matching.MatchStatus;

/** Each rule that stops a certificate has its own code and a message a person understands; nothing is signed. */
@QuarkusTest
class CertificateOnDemandTellsWhyNot {

    @Inject
    Pool pool;

    private OnDemand onDemand;
    private VaccinationRows rows;

    @BeforeEach
    void setUp() {
        onDemand = new OnDemand(pool);
        rows = onDemand.rows;
    }

    private NotEligibleException refusal(String subjectId) {
        return catchThrowableOfType(NotEligibleException.class, () -> onDemand.certificate(subjectId, OnDemand.FIRST_REQUEST));
    }

    private String subjectWithConfirmedDose() {
        String id = rows.subject("Đặng Văn Đức", "07/03/1985");
        LocalDate day = VaccinationRows.freshDay();
        rows.dose(id, 1, 1, day, VaccinationRows.FACILITY);
        onDemand.confirm(day);
        return id;
    }

    @Test
    void aRecordNotYetCheckedAgainstTheRegistry() {
        String id = subjectWithConfirmedDose();

        NotEligibleException refusal = refusal(id);

        assertThat(refusal.reason()).isEqualTo(EligibilityReason.NOT_YET_CHECKED);
        assertThat(refusal.getMessage()).contains("not been checked against the national population registry");
        assertThat(rows.count("SELECT count(*) FROM certificate_anchor WHERE subject_id = $1", id)).isZero();
        assertThat(rows.count("SELECT count(*) FROM certificate_served WHERE subject_id = $1", id)).isZero();
    }

    @Test
    void aCheckOfEarlierPersonalData() {
        String id = subjectWithConfirmedDose();
        rows.verified(id);
        rows.correctName(id, "Đặng Văn Đạt");

        assertThat(refusal(id).reason()).isEqualTo(EligibilityReason.MATCH_OUTDATED);
    }

    @Test
    void aRecordTheRegistryCheckDidNotVerify() {
        String id = subjectWithConfirmedDose();
        rows.matched(id, MatchStatus.MISMATCH, "name;dob");

        NotEligibleException refusal = refusal(id);

        assertThat(refusal.reason()).isEqualTo(EligibilityReason.NOT_VERIFIED);
        assertThat(refusal.getMessage()).contains("name and date of birth differs").contains("correct the record");
    }

    @Test
    void theNewestCheckCounts() {
        String id = subjectWithConfirmedDose();
        rows.verified(id);
        rows.matched(id, MatchStatus.NOT_FOUND, null);

        NotEligibleException refusal = refusal(id);

        assertThat(refusal.reason()).isEqualTo(EligibilityReason.NOT_VERIFIED);
        assertThat(refusal.getMessage()).contains("not found in the national population registry");
    }

    @Test
    void aRecordWithoutDoses() {
        String id = rows.subject("Đặng Văn Đức", "07/03/1985");
        rows.verified(id);

        assertThat(refusal(id).reason()).isEqualTo(EligibilityReason.NO_DOSES);
    }

    @Test
    void aDoseItsFacilityHasNotConfirmed() {
        String id = subjectWithConfirmedDose();
        rows.verified(id);
        rows.dose(id, 2, 2, VaccinationRows.freshDay(), VaccinationRows.OTHER_FACILITY);

        NotEligibleException refusal = refusal(id);

        assertThat(refusal.reason()).isEqualTo(EligibilityReason.DOSE_NOT_CONFIRMED);
        assertThat(refusal.reasons()).singleElement()
                .satisfies(r -> assertThat(r.field()).isEqualTo("doses[2]"))
                .satisfies(r -> assertThat(r.message()).contains("Dose 2").contains(VaccinationRows.OTHER_FACILITY));
    }

    @Test
    void aDoseChangedAfterItsConfirmation() {
        OnDemand.Subject subject = onDemand.readySubject();
        rows.changeLot(subject.secondDose(), "FF9999");

        NotEligibleException refusal = refusal(subject.id());

        assertThat(refusal.reason()).isEqualTo(EligibilityReason.DOSE_CHANGED_AFTER_CONFIRMATION);
        assertThat(refusal.getMessage()).contains("must confirm it again");
    }

    @Test
    void everyReasonThatAppliesRegistryCheckFirst() {
        String id = rows.subject("Đặng Văn Đức", "07/03/1985");
        rows.dose(id, 1, 1, VaccinationRows.freshDay(), VaccinationRows.FACILITY);

        assertThat(refusal(id).reasons()).extracting(Ineligibility::reason)
                .containsExactly(EligibilityReason.NOT_YET_CHECKED, EligibilityReason.DOSE_NOT_CONFIRMED);
    }

    @Test
    void dataNoCertificateMayCarry() {
        String id = rows.subject("Đặng Văn Đức", "31/02/1985");
        rows.verified(id);
        LocalDate day = VaccinationRows.freshDay();
        rows.dose(id, 1, 1, day, VaccinationRows.FACILITY);
        onDemand.confirm(day);

        NotEligibleException refusal = refusal(id);

        assertThat(refusal.reason()).isEqualTo(EligibilityReason.RECORD_NOT_CERTIFIABLE);
        assertThat(refusal.reasons().get(0).field()).isEqualTo("dateOfBirth");
    }

    @Test
    void noSuchSubject() {
        assertThat(catchThrowableOfType(SubjectNotFoundException.class,
                () -> onDemand.certificate("NO-SUCH-SUBJECT", OnDemand.FIRST_REQUEST))).isNotNull();
    }

    @Test
    void aSubjectOutsideTheCallersReachIsNotFoundEvenWhenNotEligible() {
        String id = subjectWithConfirmedDose();

        assertThat(catchThrowableOfType(SubjectNotFoundException.class, () -> onDemand.service
                .certificate(id, Reach.facility(VaccinationRows.OTHER_FACILITY), OnDemand.FIRST_REQUEST)
                .await().indefinitely())).isNotNull();
        assertThat(catchThrowableOfType(SubjectNotFoundException.class, () -> onDemand.service
                .certificate(id, Reach.citizenSession("someone-else"), OnDemand.FIRST_REQUEST)
                .await().indefinitely())).isNotNull();
    }

    @Test
    void theFacilityThatVaccinatedAndTheCitizenThemselvesMayHaveIt() {
        OnDemand.Subject subject = onDemand.readySubject();

        String byFacility = onDemand.service.certificate(subject.id(), Reach.facility(VaccinationRows.FACILITY),
                OnDemand.FIRST_REQUEST).await().indefinitely().hc1();
        String byCitizen = onDemand.service.certificate(subject.id(), Reach.citizenSession(subject.id()),
                OnDemand.FIRST_REQUEST).await().indefinitely().hc1();

        assertThat(byCitizen).isEqualTo(byFacility);
    }
}
