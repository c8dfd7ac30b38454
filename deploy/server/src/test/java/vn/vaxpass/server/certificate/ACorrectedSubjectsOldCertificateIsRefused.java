package vn.vaxpass.server.certificate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.confirmation.DoseConfirmations;
import vn.vaxpass.confirmation.VaccinationRows;
import vn.vaxpass.server.clock.MovableClock;
import vn.vaxpass.testing.TestTokens;

/**
 * "A corrected record revokes its certificate", seen from the border: a certificate served, then the subject's name
 * corrected; once the verify function's cached list is due again, the old HC1 is refused with its own code. The
 * verify function reads the list over HTTP from this same server's public {@code /v1/revocations}, as a Lambda reads
 * it through the API.
 */
@QuarkusTest
class ACorrectedSubjectsOldCertificateIsRefused {

    private static final String VERIFY = "/v1/certificates/verify";

    @Inject
    Pool pool;

    @Inject
    DoseConfirmations confirmations;

    @Inject
    MovableClock clock;

    @ConfigProperty(name = "vaxpass.revocations.refresh", defaultValue = "5m")
    Duration refresh;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void theCertificateServedBeforeACorrectionIsRefusedAsRevoked() {
        VaccinationRows rows = new VaccinationRows(pool);
        String subjectId = readySubject(rows);
        String old = given().auth().oauth2(TestTokens.ministry()).accept("text/plain")
                .when().get("/v1/subjects/{id}/certificate", subjectId)
                .then().statusCode(200).extract().asString();
        verified(old).body("valid", equalTo(true));

        rows.correctName(subjectId, "Đặng Văn Đạt");
        clock.moveTo(clock.instant().plus(refresh).plusSeconds(1));

        verified(old).body("valid", equalTo(false))
                .body("error", equalTo("CERTIFICATE_REVOKED"))
                .body("revocationChecked", equalTo(true));
    }

    private ValidatableResponse verified(String hc1) {
        return given().contentType(ContentType.JSON).body(Map.of("hc1", hc1))
                .when().post(VERIFY).then().statusCode(200);
    }

    /** Verified by the registry, two doses confirmed by the facility: the sign function serves a certificate. */
    private String readySubject(VaccinationRows rows) {
        String id = rows.subject("Đặng Văn Đức", "07/03/1985");
        rows.verified(id);
        for (int number = 1; number <= 2; number++) {
            LocalDate day = VaccinationRows.freshDay();
            rows.dose(id, number, 2, day, VaccinationRows.FACILITY);
            confirmations.confirmDay(VaccinationRows.FACILITY, day, "staff-1", Instant.now()).await().indefinitely();
        }
        return id;
    }
}
