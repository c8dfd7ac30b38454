package vn.vaxpass.server.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.qr.QrReader;
import vn.vaxpass.http.security.Claims;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.testing.TestTokens;

/**
 * With the demo on, a server started on an empty database has the demo data: every subject matched, every dose
 * confirmed; the hints name a subject whose certificate the printed lookup-then-PNG way fetches; and a second start
 * adds nothing.
 */
@QuarkusTest
@TestProfile(DemoDataFillsAnEmptyDatabaseOnce.DemoOn.class)
class DemoDataFillsAnEmptyDatabaseOnce {

    /** serve's default, which tests otherwise turn off; a profile of its own also gives it a fresh database. */
    public static class DemoOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vaxpass.demo.enabled", "true");
        }
    }

    private static final String COUNTS = """
            SELECT (SELECT count(*) FROM vaccination_subject) AS subjects, (SELECT count(*) FROM dose) AS doses,
                   (SELECT count(*) FROM match_result) AS results,
                   (SELECT count(*) FROM dose_confirmation WHERE confirmed_by = $1) AS confirmed,
                   (SELECT count(*) FROM registry_person) AS people""";

    @Inject
    Pool pool;

    @Inject
    DemoDataAtStart atStart;

    @Inject
    DemoData demo;

    @Test
    void theStartFilledTheDatabaseAndThePrintedWayGivesTheCertificate() throws Exception {
        List<Long> counts = counts();
        assertThat(atStart.outcome()).isEqualTo(DemoData.Outcome.SEEDED);
        assertThat(counts.get(0)).isEqualTo(DemoData.SUBJECTS);
        assertThat(counts.get(2)).as("every subject matched once").isEqualTo(DemoData.SUBJECTS);
        assertThat(counts.get(3)).as("every dose confirmed").isEqualTo(counts.get(1));
        assertThat(counts.get(4)).isEqualTo(DemoData.PEOPLE);

        DemoSubject subject = demo.subjectToTry().orElseThrow();
        String hints = DemoHints.text(RestAssured.port, atStart.outcome(), java.util.Optional.of(subject));
        String certificateUrl = "http://localhost:" + RestAssured.port + "/v1/subjects/" + subject.subjectId()
                + "/certificate";
        assertThat(hints).contains("--role citizen --id-number " + subject.idNumber(), DemoHints.lookupBody(subject),
                certificateUrl, "made up", "phone " + subject.phone(), "name " + subject.fullName(),
                "deploy/vaxpass sms-outbox --phone +84" + subject.phone().substring(1));

        String citizen = TestTokens.role(Roles.CITIZEN).claim(Claims.ID_NUMBER, subject.idNumber()).mint();
        String session = given().auth().oauth2(citizen).contentType(ContentType.JSON).body(DemoHints.lookupBody(subject))
                .when().post("/v1/lookup/by-id-number")
                .then().statusCode(200).body("records", hasSize(1)).extract().path("records[0].session.token");
        byte[] png = given().auth().oauth2(session).accept("image/png")
                .when().get(certificateUrl)
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(QrReader.read(png)).startsWith("HC1:");
    }

    @Test
    void aSecondStartAddsNothing() {
        List<Long> before = counts();

        assertThat(demo.seedIfEmpty()).isEqualTo(DemoData.Outcome.DATA_PRESENT);

        assertThat(counts()).isEqualTo(before);
        assertThat(DemoHints.text(8080, DemoData.Outcome.DATA_PRESENT, demo.subjectToTry()))
                .contains("generated on an earlier start");
    }

    private List<Long> counts() {
        var row = pool.preparedQuery(COUNTS).executeAndAwait(Tuple.of(DemoData.CONFIRMER)).iterator().next();
        return List.of(row.getLong("subjects"), row.getLong("doses"), row.getLong("results"), row.getLong("confirmed"),
                row.getLong("people"));
    }
}
