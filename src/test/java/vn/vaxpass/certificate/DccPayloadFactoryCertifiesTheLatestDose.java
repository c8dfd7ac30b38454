package vn.vaxpass.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DccPayloadFactoryCertifiesTheLatestDose {

    @Test
    void certifiesTheLatestDoseByDateThenNumber() {
        VaccinationRecord record = RecordFixture.aRecord().withoutDoses()
                .withDose(RecordFixture.dose(2, 3, "2021-09-14"))
                .withDose(RecordFixture.dose(3, 3, "2021-09-14"))
                .withDose(RecordFixture.dose(1, 3, "2021-08-10"))
                .build();
        assertThat(DccPayloadFactory.certifiedDose(record).doseNumber()).isEqualTo(3);
    }

    @Test
    void certifiesTheFirstOfTwoEqualLatestDoses() {
        VaccinationRecord.Dose first = new VaccinationRecord.Dose(2, 2, "2021-09-14", "EU/1/20/1528", "ORG-100030215", "J07BX03", "VN", "A");
        VaccinationRecord.Dose second = new VaccinationRecord.Dose(2, 2, "2021-09-14", "EU/1/20/1507", "ORG-100031184", "J07BX03", "VN", "B");
        VaccinationRecord record = RecordFixture.aRecord().withoutDoses().withDose(first).withDose(second).build();
        assertThat(DccPayloadFactory.certifiedDose(record)).isSameAs(record.doses().get(0));
    }

    @Test
    void refusesARecordWithoutDoses() {
        assertThatThrownBy(() -> DccPayloadFactory.certifiedDose(RecordFixture.aRecord().withoutDoses().build()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
