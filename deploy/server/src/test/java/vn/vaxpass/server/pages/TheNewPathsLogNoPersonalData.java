package vn.vaxpass.server.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.vaxpass.lookup.LookupRows;
import vn.vaxpass.server.pages.ConsoleCommunes.Commune;
import vn.vaxpass.server.pages.PortalCitizens.Citizen;
import vn.vaxpass.server.sms.SentTexts;
import vn.vaxpass.testing.LogCapture;
import vn.vaxpass.testing.TestTokens;

/**
 * The paths the console and the SMS worker added, refusals included, with every log line of the server captured at
 * DEBUG: a list made, a record edited directly, ID numbers imported from a file (one row refused), a lookup code
 * texted into the outbox. No line holds a name, an ID number, a phone number or a code, in any form it was typed in.
 */
@QuarkusTest
class TheNewPathsLogNoPersonalData {

    private static final String RESIDENT = "Đoàn Thị Điểm";
    private static final String CORRECTED = "Đoàn Thị Điểm Hương";
    private static final String CITIZEN = "Lương Thế Vinh";

    @Inject
    ConsoleCommunes communes;

    @Inject
    PortalCitizens citizens;

    private LogCapture capture;

    @BeforeEach
    void capture() {
        capture = LogCapture.start();
    }

    @AfterEach
    void release() {
        capture.stop();
    }

    @Test
    void noNewPathLogsWhoItWasAbout() {
        Commune commune = communes.withMisnamedResidents(RESIDENT, "Chu Văn An");
        String station = TestTokens.communeHealth(ConsoleCommunes.PROVINCE, commune.code());
        String subjectId = commune.subjectIds().get(0);
        given().auth().oauth2(station).contentType(ContentType.JSON).body(Map.of("communeCode", commune.code()))
                .post("/v1/correction/lists").then().statusCode(201);

        JsonPath record = given().auth().oauth2(station).get("/v1/correction/subjects/" + subjectId).then()
                .statusCode(200).extract().jsonPath();
        String storedIdNumber = record.getString("idNumber");
        given().auth().oauth2(station).contentType(ContentType.JSON).header("If-Match", "\"" + record.getInt("version") + "\"")
                .body(Map.of("fullName", CORRECTED, "reason", "Theo căn cước")).put("/v1/correction/subjects/" + subjectId)
                .then().statusCode(200);

        String importedIdNumber = LookupRows.freshIdNumber();
        given().auth().oauth2(station).contentType("text/csv")
                .body("subject_id,id_number,full_name,date_of_birth,gender\r\n" + subjectId + "," + importedIdNumber
                        + ",,,\r\n" + commune.subjectIds().get(1) + ",0790123,,,\r\n")
                .post("/v1/correction/communes/" + commune.code() + "/subject-imports").then().statusCode(200);

        Citizen citizen = citizens.certifiable(CITIZEN);
        String challenge = given().contentType(ContentType.JSON)
                .body(Map.of("phone", citizen.phone(), "fullName", CITIZEN, "dateOfBirth", PortalCitizens.DATE_OF_BIRTH))
                .post("/v1/lookup/challenges").then().statusCode(202).extract().path("challengeId");
        String code = SentTexts.codeFor(challenge);

        assertThat(capture.lines()).as("the SMS worker's line about this text was captured, so the capture works")
                .anyMatch(line -> line.contains("claimed") && line.contains(challenge));
        List<String> secrets = new ArrayList<>();
        for (String name : List.of(RESIDENT, CORRECTED, CITIZEN, "Chu Văn An")) {
            secrets.addAll(List.of(name, name.toUpperCase(Locale.ROOT)));
        }
        secrets.addAll(List.of("Doan Thi Diem", "DOAN THI DIEM", "Luong The Vinh", "LUONG THE VINH", storedIdNumber,
                importedIdNumber, "0790123", citizen.idNumber(), citizen.phone(), "+84" + citizen.phone().substring(1),
                "Vaxpass: ma tra cuu cua ban la " + code));
        for (String line : capture.lines()) {
            for (String secret : secrets) {
                assertThat(line).as("a log line").doesNotContain(secret);
            }
        }
    }
}
