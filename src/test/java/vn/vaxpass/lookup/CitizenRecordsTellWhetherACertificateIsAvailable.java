package vn.vaxpass.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.confirmation.DoseConfirmations;
import vn.vaxpass.confirmation.VaccinationRows;
import vn.vaxpass.matching.MatchStatus;

@QuarkusTest
class CitizenRecordsTellWhetherACertificateIsAvailable {

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");

    @Inject
    CitizenRecords records;

    @Inject
    DoseConfirmations confirmations;

    @Inject
    Pool pool;

    @Test
    void aVerifiedRecordWithConfirmedDosesHasItsCertificate() {
        LookupRows rows = new LookupRows(pool);
        String id = rows.subject("Đặng Văn Đức", "07/03/1985", "Nam", LookupRows.freshIdNumber(), LookupRows.freshPhone());
        rows.matched(id, MatchStatus.VERIFIED, null);
        LocalDate day = VaccinationRows.freshDay();
        rows.dose(id, 1, 1, day);
        confirmations.confirmDay(VaccinationRows.FACILITY, day, "staff-1", NOW).await().indefinitely();

        CitizenRecord record = records.load(List.of(id), NOW).await().indefinitely().get(0);

        assertThat(record.certificate().available()).isTrue();
        assertThat(record.certificate().reasons()).isEmpty();
        assertThat(record.registryCheck().state()).isEqualTo("VERIFIED");
        assertThat(record.doses()).singleElement().satisfies(dose -> {
            assertThat(dose.vaccinatedOn()).isEqualTo(day);
            assertThat(dose.facilityCode()).isEqualTo(VaccinationRows.FACILITY);
        });
    }

    @Test
    void aRecordNeverCheckedSaysSoAndWhy() {
        String id = new LookupRows(pool).subject("Trần Hòa", "2001", "M", null, LookupRows.freshPhone());
        CitizenRecord record = records.load(List.of(id, "no-such-subject"), NOW).await().indefinitely().get(0);
        assertThat(record.registryCheck().state()).isEqualTo(RegistryCheckWording.NOT_YET_CHECKED);
        assertThat(record.certificate().reasons()).extracting(CertificateAvailability.Reason::code)
                .containsExactly("NOT_YET_CHECKED", "NO_DOSES");
    }
}
