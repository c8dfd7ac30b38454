package vn.vaxpass.confirmation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** A facility confirms exactly its own doses of the day, as they are; confirming again adds nothing. */
@QuarkusTest
class DoseConfirmationsConfirmAFacilitysDay {

    private static final Instant AT = Instant.parse("2025-07-01T03:00:00Z");

    @Inject
    Pool pool;

    @Inject
    DoseConfirmations confirmations;

    private VaccinationRows rows;
    private LocalDate day;

    @BeforeEach
    void setUp() {
        rows = new VaccinationRows(pool);
        day = VaccinationRows.freshDay();
    }

    @Test
    void confirmsTheFacilitysDosesOfThatDayOnly() {
        String a = rows.subject("Đặng Văn Đức", "07/03/1985");
        String b = rows.subject("Nguyễn Thị Thuý Hằng", "1990");
        long ours = rows.dose(a, 1, 2, day, VaccinationRows.FACILITY);
        long oursToo = rows.dose(b, 1, 2, day, VaccinationRows.FACILITY);
        long otherFacility = rows.dose(a, 2, 2, day, VaccinationRows.OTHER_FACILITY);
        long otherDay = rows.dose(b, 2, 2, day.plusDays(30), VaccinationRows.FACILITY);

        DayConfirmation outcome = confirm("staff-7");

        assertThat(outcome.doses()).isEqualTo(2);
        assertThat(outcome.newlyConfirmed()).isEqualTo(2);
        assertThat(confirmationsOf(ours)).isEqualTo(1);
        assertThat(confirmationsOf(oursToo)).isEqualTo(1);
        assertThat(confirmationsOf(otherFacility)).isZero();
        assertThat(confirmationsOf(otherDay)).isZero();
    }

    @Test
    void recordsWhoWhenAndTheHashOfWhatWasConfirmed() {
        String a = rows.subject("Đặng Văn Đức", "07/03/1985");
        long dose = rows.dose(a, 1, 2, day, VaccinationRows.FACILITY);

        confirm("staff-7");

        var row = pool.preparedQuery("SELECT confirmed_by, confirmed_at, content_hash, facility_code"
                        + " FROM dose_confirmation WHERE dose_id = $1")
                .execute(Tuple.of(dose)).await().indefinitely().iterator().next();
        DoseContent stored = new DoseContent(a, 1, 2, day, "EU/1/20/1528", "ORG-100030215", "J07BX03", "FF2587",
                VaccinationRows.FACILITY);
        assertThat(row.getString("confirmed_by")).isEqualTo("staff-7");
        assertThat(row.getOffsetDateTime("confirmed_at").toInstant()).isEqualTo(AT);
        assertThat(row.getBuffer("content_hash").getBytes()).isEqualTo(stored.hash());
        assertThat(row.getString("facility_code")).isEqualTo(VaccinationRows.FACILITY);
    }

    @Test
    void confirmingTheSameDayAgainAddsNothing() {
        String a = rows.subject("Đặng Văn Đức", "07/03/1985");
        long dose = rows.dose(a, 1, 2, day, VaccinationRows.FACILITY);
        confirm("staff-7");

        DayConfirmation again = confirm("staff-8");

        assertThat(again.newlyConfirmed()).isZero();
        assertThat(again.alreadyConfirmed()).isEqualTo(1);
        assertThat(confirmationsOf(dose)).isEqualTo(1);
    }

    @Test
    void aChangedDoseLosesItsConfirmationUntilConfirmedAgain() {
        String a = rows.subject("Đặng Văn Đức", "07/03/1985");
        long dose = rows.dose(a, 1, 2, day, VaccinationRows.FACILITY);
        confirm("staff-7");

        rows.changeLot(dose, "FF2588");
        assertThat(stateOf(dose)).isEqualTo(ConfirmationState.CHANGED_AFTER_CONFIRMATION);

        DayConfirmation again = confirm("staff-8");
        assertThat(again.newlyConfirmed()).isEqualTo(1);
        assertThat(stateOf(dose)).isEqualTo(ConfirmationState.CONFIRMED);
    }

    @Test
    void aDayWithoutDosesConfirmsNothing() {
        DayConfirmation outcome = confirm("staff-7");

        assertThat(outcome.doses()).isZero();
        assertThat(outcome.newlyConfirmed()).isZero();
    }

    private DayConfirmation confirm(String staff) {
        return confirmations.confirmDay(VaccinationRows.FACILITY, day, staff, AT).await().indefinitely();
    }

    private long confirmationsOf(long doseId) {
        return rows.count("SELECT count(*) FROM dose_confirmation WHERE dose_id = $1", doseId);
    }

    private ConfirmationState stateOf(long doseId) {
        return DoseStore.read(pool.preparedQuery("SELECT " + DoseStore.COLUMNS + " FROM dose d WHERE d.id = $1")
                .execute(Tuple.of(doseId)).await().indefinitely().iterator().next()).state();
    }
}
