package vn.vaxpass.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.confirmation.DoseConfirmations;
import vn.vaxpass.confirmation.VaccinationRows;
import vn.vaxpass.http.security.Claims;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.lookup.LookupRows;
import vn.vaxpass.matching.MatchStatus;
import vn.vaxpass.testing.TestTokens;

/** Lookup and sign on one server: the session a lookup grants fetches that record's certificate, and no other. */
@QuarkusTest
class CitizenFetchesTheirCertificateWithTheLookupSession {

    @Inject
    Pool pool;

    @Inject
    DoseConfirmations confirmations;

    @Test
    void theSessionFetchesTheCertificateOfItsRecordOnly() {
        LookupRows rows = new LookupRows(pool);
        String idNumber = LookupRows.freshIdNumber();
        String subjectId = rows.subject("Đặng Văn Đức", "07/03/1985", "Nam", idNumber, LookupRows.freshPhone());
        rows.matched(subjectId, MatchStatus.VERIFIED, null);
        LocalDate day = VaccinationRows.freshDay();
        rows.dose(subjectId, 1, 1, day);
        confirmations.confirmDay(VaccinationRows.FACILITY, day, "staff-1", Instant.now()).await().indefinitely();
        String neighbour = rows.subject("Đặng Văn Đức", "07/03/1985", "Nam", LookupRows.freshIdNumber(),
                LookupRows.freshPhone());

        String session = given().auth().oauth2(TestTokens.role(Roles.CITIZEN).claim(Claims.ID_NUMBER, idNumber).mint())
                .contentType(ContentType.JSON).body(Map.of("idNumber", idNumber, "dateOfBirth", "1985-03-07"))
                .when().post("/v1/lookup/by-id-number")
                .then().statusCode(200)
                .body("records[0].certificate.available", equalTo(true))
                .extract().path("records[0].session.token");

        given().auth().oauth2(session).accept("text/plain")
                .when().get("/v1/subjects/{id}/certificate", subjectId)
                .then().statusCode(200).body(startsWith("HC1:"));
        given().auth().oauth2(session).accept("text/plain")
                .when().get("/v1/subjects/{id}/certificate", neighbour)
                .then().statusCode(404);
    }
}
