package vn.vaxpass.functions.sign;

import java.time.Instant;
import java.time.LocalDate;

import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.confirmation.DoseConfirmations;
import vn.vaxpass.confirmation.VaccinationRows;

/** Subjects ready for a certificate (verified, two doses confirmed by {@link VaccinationRows#FACILITY}), in the test database. */
final class ReadySubjects {

    private final VaccinationRows rows;
    private final DoseConfirmations confirmations;

    ReadySubjects(Pool pool, DoseConfirmations confirmations) {
        this.rows = new VaccinationRows(pool);
        this.confirmations = confirmations;
    }

    VaccinationRows rows() {
        return rows;
    }

    String ready() {
        String id = rows.subject("Đặng Văn Đức", "07/03/1985");
        rows.verified(id);
        for (int number = 1; number <= 2; number++) {
            LocalDate day = VaccinationRows.freshDay();
            rows.dose(id, number, 2, day, VaccinationRows.FACILITY);
            confirm(day);
        }
        return id;
    }

    void confirm(LocalDate day) {
        confirmations.confirmDay(VaccinationRows.FACILITY, day, "staff-1", Instant.now()).await().indefinitely();
    }
}
