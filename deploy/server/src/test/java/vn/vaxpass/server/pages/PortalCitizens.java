package vn.vaxpass.server.pages;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.confirmation.DoseConfirmations;
import vn.vaxpass.confirmation.VaccinationRows;
import vn.vaxpass.lookup.LookupRows;
import vn.vaxpass.matching.MatchStatus;

/** The people the portal tests look up: each with a phone number and an ID number of their own. */
@ApplicationScoped
class PortalCitizens {

    static final String DATE_OF_BIRTH = "07/03/1985";

    @Inject
    Pool pool;

    @Inject
    DoseConfirmations confirmations;

    /** A citizen. */
    record Citizen(String subjectId, String fullName, String phone, String idNumber) {
    }

    /** Verified against the registry, two doses confirmed by their facility: a certificate is to be had. */
    Citizen certifiable(String fullName) {
        LookupRows rows = new LookupRows(pool);
        String phone = LookupRows.freshPhone();
        String idNumber = LookupRows.freshIdNumber();
        String subjectId = rows.subject(fullName, DATE_OF_BIRTH, "Nam", idNumber, phone);
        rows.matched(subjectId, MatchStatus.VERIFIED, null);
        for (int dose = 1; dose <= 2; dose++) {
            LocalDate day = VaccinationRows.freshDay();
            rows.dose(subjectId, dose, 2, day);
            confirmations.confirmDay(VaccinationRows.FACILITY, day, "staff-1", Instant.now()).await().indefinitely();
        }
        return new Citizen(subjectId, fullName, phone, idNumber);
    }

    /** The registry has another name for this citizen's ID number: no certificate until the commune corrects it. */
    Citizen misnamed(String fullName) {
        LookupRows rows = new LookupRows(pool);
        String phone = LookupRows.freshPhone();
        String idNumber = LookupRows.freshIdNumber();
        String subjectId = rows.subject(fullName, DATE_OF_BIRTH, "Nữ", idNumber, phone);
        rows.matched(subjectId, MatchStatus.MISMATCH, "name");
        rows.dose(subjectId, 1, 1, VaccinationRows.freshDay());
        return new Citizen(subjectId, fullName, phone, idNumber);
    }

    long count(String sql, Object... parameters) {
        return new LookupRows(pool).count(sql, parameters);
    }
}
