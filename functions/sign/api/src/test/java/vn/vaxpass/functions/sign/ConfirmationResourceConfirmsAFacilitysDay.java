package vn.vaxpass.functions.sign;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.confirmation.VaccinationRows;
import vn.vaxpass.testing.TestTokens;

@QuarkusTest
class ConfirmationResourceConfirmsAFacilitysDay {

    private static final String PATH = "/v1/facilities/{code}/confirmations";

    @Inject
    Pool pool;

    @Test
    void confirmsTheFacilitysDosesOfTheDay() {
        VaccinationRows rows = new VaccinationRows(pool);
        LocalDate day = VaccinationRows.freshDay();
        rows.dose(rows.subject("Đặng Văn Đức", "07/03/1985"), 1, 2, day, VaccinationRows.FACILITY);
        rows.dose(rows.subject("Trần Hòa", "2001-12-31"), 1, 2, day, VaccinationRows.FACILITY);

        given().auth().oauth2(TestTokens.facilityStaff(VaccinationRows.FACILITY)).contentType(ContentType.JSON).body(Map.of("day", day.toString()))
                .when().post(PATH, VaccinationRows.FACILITY)
                .then().statusCode(200)
                .body("facilityCode", equalTo(VaccinationRows.FACILITY))
                .body("day", equalTo(day.toString()))
                .body("doses", equalTo(2))
                .body("newlyConfirmed", equalTo(2))
                .body("alreadyConfirmed", equalTo(0));
        assertThat(rows.count("SELECT count(*) FROM dose_confirmation c JOIN dose d ON d.id = c.dose_id"
                + " WHERE d.vaccinated_on = $1 AND c.confirmed_by = $2", day, "test-account-facility-staff")).isEqualTo(2);
    }

    @Test
    void aMissingDayIs400() {
        given().auth().oauth2(TestTokens.facilityStaff(VaccinationRows.FACILITY)).contentType(ContentType.JSON).body("{}")
                .when().post(PATH, VaccinationRows.FACILITY)
                .then().statusCode(400)
                .body("code", equalTo(ConfirmationResource.MISSING_DAY));
    }

    @Test
    void anUnreadableDayIs400() {
        given().auth().oauth2(TestTokens.facilityStaff(VaccinationRows.FACILITY)).contentType(ContentType.JSON).body(Map.of("day", "14/09/2021"))
                .when().post(PATH, VaccinationRows.FACILITY)
                .then().statusCode(400)
                .body("code", equalTo("INVALID_JSON"));
    }
}
