package vn.vaxpass.functions.sign;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.confirmation.DoseConfirmations;
import vn.vaxpass.confirmation.VaccinationRows;
import vn.vaxpass.http.security.Caller;
import vn.vaxpass.http.security.Claims;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.http.security.SecurityProblemMappers;
import vn.vaxpass.testing.TestTokens;

/**
 * Certificates: the citizen with a session for that subject, the staff of a facility that vaccinated them, the
 * Ministry. Confirmations: that facility's staff. The revocation list: anyone. Another subject answers exactly as a
 * subject that does not exist, so nobody learns who is on record.
 */
@QuarkusTest
class SignEndpointsLetOnlyTheirCallersIn {

    private static final String CERTIFICATE = "/v1/subjects/{id}/certificate";
    private static final String CONFIRMATIONS = "/v1/facilities/{code}/confirmations";

    @Inject
    Pool pool;

    @Inject
    DoseConfirmations confirmations;

    private ReadySubjects subjects;
    private String subject;

    @BeforeEach
    void setUp() {
        subjects = new ReadySubjects(pool, confirmations);
        subject = subjects.ready();
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).accept("text/plain");
    }

    @Test
    void aCertificateNeedsAToken() {
        given().accept("text/plain").when().get(CERTIFICATE, subject)
                .then().statusCode(401).body("code", equalTo(SecurityProblemMappers.UNAUTHENTICATED));
    }

    @Test
    void anExpiredOrForeignTokenIsNoToken() {
        as(TestTokens.role(Roles.MINISTRY).expiredAgo(Duration.ofMinutes(5)).mint())
                .when().get(CERTIFICATE, subject).then().statusCode(401);
        as(TestTokens.role(Roles.MINISTRY).issuer("https://elsewhere.example").mint())
                .when().get(CERTIFICATE, subject).then().statusCode(401);
    }

    @Test
    void rolesOtherThanCitizenFacilityAndMinistryAreRefused() {
        as(TestTokens.communeHealth("01", "00001")).when().get(CERTIFICATE, subject)
                .then().statusCode(403).body("code", equalTo(SecurityProblemMappers.ROLE_NOT_ALLOWED));
        as(TestTokens.provinceHealth("01")).when().get(CERTIFICATE, subject).then().statusCode(403);
        as(TestTokens.role(Roles.CITIZEN).claim("id_number", "001085000001").mint())
                .when().get(CERTIFICATE, subject).then().statusCode(403);
    }

    @Test
    void theCitizenGetsTheirOwnCertificateAndNobodyElses() {
        as(TestTokens.citizenSession(subject)).when().get(CERTIFICATE, subject)
                .then().statusCode(200).body(startsWith("HC1:"));

        String someoneElse = subjects.ready();
        String refused = as(TestTokens.citizenSession(subject)).when().get(CERTIFICATE, someoneElse)
                .then().statusCode(404).extract().asString();
        String missing = as(TestTokens.citizenSession(subject)).when().get(CERTIFICATE, "NO-SUCH-SUBJECT")
                .then().statusCode(404).extract().asString();
        assertThat(refused).isEqualTo(missing);
    }

    @Test
    void facilityStaffGetTheCertificatesOfThePeopleTheyVaccinatedOnly() {
        as(TestTokens.facilityStaff(VaccinationRows.FACILITY)).when().get(CERTIFICATE, subject)
                .then().statusCode(200).body(startsWith("HC1:"));
        as(TestTokens.facilityStaff(VaccinationRows.OTHER_FACILITY)).when().get(CERTIFICATE, subject)
                .then().statusCode(404).body("code", equalTo("SUBJECT_NOT_FOUND"));
    }

    @Test
    void anotherFacilitysStaffLearnNothingFromAnIneligibleRecord() {
        String unchecked = subjects.rows().subject("Đặng Văn Đức", "07/03/1985");
        subjects.rows().dose(unchecked, 1, 1, VaccinationRows.freshDay(), VaccinationRows.FACILITY);

        as(TestTokens.facilityStaff(VaccinationRows.OTHER_FACILITY)).when().get(CERTIFICATE, unchecked)
                .then().statusCode(404).body("code", equalTo("SUBJECT_NOT_FOUND"));
        as(TestTokens.facilityStaff(VaccinationRows.FACILITY)).when().get(CERTIFICATE, unchecked)
                .then().statusCode(409).body("code", equalTo("NOT_YET_CHECKED"));
    }

    @Test
    void aRoleWithoutItsClaimIsRefused() {
        as(TestTokens.role(Roles.FACILITY_STAFF).mint()).when().get(CERTIFICATE, subject)
                .then().statusCode(403).body("code", equalTo(Caller.TOKEN_WITHOUT_JURISDICTION));
    }

    @Test
    void onlyTheLookupGrantsSessions() {
        // The identity provider's key cannot make a session (SessionAwarePrincipalFactory): not even a well-formed one.
        as(TestTokens.role(Roles.CITIZEN_SESSION).claim(Claims.SUBJECT_ID, subject).mint()).when().get(CERTIFICATE, subject)
                .then().statusCode(401).body("code", equalTo(SecurityProblemMappers.UNAUTHENTICATED));
    }

    @Test
    void confirmationsNeedTheStaffOfThatFacility() {
        LocalDate day = VaccinationRows.freshDay();
        long dose = subjects.rows().dose(subjects.rows().subject("Trần Hòa", "2001-12-31"), 1, 2, day,
                VaccinationRows.FACILITY);
        Map<String, String> body = Map.of("day", day.toString());

        given().contentType(ContentType.JSON).body(body).when().post(CONFIRMATIONS, VaccinationRows.FACILITY)
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.ministry()).contentType(ContentType.JSON).body(body)
                .when().post(CONFIRMATIONS, VaccinationRows.FACILITY)
                .then().statusCode(403).body("code", equalTo(SecurityProblemMappers.ROLE_NOT_ALLOWED));
        given().auth().oauth2(TestTokens.citizenSession(subject)).contentType(ContentType.JSON).body(body)
                .when().post(CONFIRMATIONS, VaccinationRows.FACILITY)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.facilityStaff(VaccinationRows.OTHER_FACILITY)).contentType(ContentType.JSON)
                .body(body).when().post(CONFIRMATIONS, VaccinationRows.FACILITY)
                .then().statusCode(403).body("code", equalTo(Caller.OUTSIDE_JURISDICTION));

        assertThat(subjects.rows().count("SELECT count(*) FROM dose_confirmation WHERE dose_id = $1", dose)).isZero();
    }

    @Test
    void theRevocationListIsPublic() {
        given().when().get("/v1/revocations").then().statusCode(200).body("hashType", equalTo("UCI"));
    }
}
