package vn.vaxpass.confirmation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** The canonical form is documented to the byte: anyone can recompute a confirmation's hash with sha256sum. */
class DoseContentHasACanonicalForm {

    private static DoseContent dose(String lot) {
        return new DoseContent("VN-0001", 2, 2, LocalDate.of(2021, 9, 14), "EU/1/20/1528", "ORG-100030215", "J07BX03",
                lot, "79-001");
    }

    @Test
    void writesTheDocumentedLinesInTheirOrder() {
        assertThat(dose("FF2587").canonicalForm()).isEqualTo("vaxpass-dose/1\nsubject_id=VN-0001\ndose_number=2\n"
                + "total_doses=2\nvaccinated_on=2021-09-14\nproduct=EU/1/20/1528\nmanufacturer=ORG-100030215\n"
                + "prophylaxis=J07BX03\nlot=FF2587\nfacility_code=79-001\n");
    }

    /** Expected values from {@code printf 'vaxpass-dose/1\nsubject_id=VN-0001\n...' | sha256sum}. */
    @Test
    void hashesTheCanonicalFormWithSha256() {
        assertThat(HexFormat.of().formatHex(dose("FF2587").hash()))
                .isEqualTo("50eb5d7c8ae2282d1ad967e25d86595ac5cb00efada0e0f0c612eee22e49d03c");
        assertThat(HexFormat.of().formatHex(dose(null).hash()))
                .isEqualTo("7ff4d5e66dc8599b6ce0d14377491b453679a4c675efac116e43d164b1184917");
    }

    @Test
    void escapesLineBreaksSoNoValueCanPassForAnotherField() {
        DoseContent forged = dose("X\nfacility_code=01-002");
        assertThat(forged.canonicalForm()).contains("lot=X\\nfacility_code=01-002\nfacility_code=79-001\n");
        assertThat(forged.hash()).isNotEqualTo(dose("X").hash());
        assertThat(dose("a\\nb").canonicalForm()).contains("lot=a\\\\nb\n");
        assertThat(dose("a\\nb").hash()).isNotEqualTo(dose("a\nb").hash());
    }

    @Test
    void changesWithEveryField() {
        DoseContent base = dose("FF2587");
        assertThat(new DoseContent("VN-0002", 2, 2, base.vaccinatedOn(), base.product(), base.manufacturer(),
                base.prophylaxis(), base.lot(), base.facilityCode()).hash()).isNotEqualTo(base.hash());
        assertThat(new DoseContent(base.subjectId(), 2, 2, LocalDate.of(2021, 9, 15), base.product(),
                base.manufacturer(), base.prophylaxis(), base.lot(), base.facilityCode()).hash()).isNotEqualTo(base.hash());
        assertThat(new DoseContent(base.subjectId(), 2, 3, base.vaccinatedOn(), base.product(), base.manufacturer(),
                base.prophylaxis(), base.lot(), base.facilityCode()).hash()).isNotEqualTo(base.hash());
        assertThat(new DoseContent(base.subjectId(), 2, 2, base.vaccinatedOn(), "EU/1/20/1507", base.manufacturer(),
                base.prophylaxis(), base.lot(), base.facilityCode()).hash()).isNotEqualTo(base.hash());
        assertThat(new DoseContent(base.subjectId(), 2, 2, base.vaccinatedOn(), base.product(), base.manufacturer(),
                base.prophylaxis(), base.lot(), "01-002").hash()).isNotEqualTo(base.hash());
    }

    @Test
    void aDoseStandsConfirmedOnlyWithItsPresentHash() {
        byte[] now = dose("FF2587").hash();
        assertThat(ConfirmationState.of(now, null)).isEqualTo(ConfirmationState.NOT_CONFIRMED);
        assertThat(ConfirmationState.of(now, dose("FF2587").hash())).isEqualTo(ConfirmationState.CONFIRMED);
        assertThat(ConfirmationState.of(now, dose("FF2588").hash())).isEqualTo(ConfirmationState.CHANGED_AFTER_CONFIRMATION);
    }
}
