package vn.vaxpass.functions.correction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import vn.vaxpass.functions.correction.sheet.ListSheet.Column;
import vn.vaxpass.functions.correction.sheet.SpreadsheetsResource;
import vn.vaxpass.testing.TestTokens;

/**
 * Issue 12's round trip: the list leaves the station as an .xlsx, the village team fills it in and uploads it, the
 * police do the same with their own export, and after the signed hand-back is applied the verification list shows the
 * subjects with the values that travelled in the files. The files are filled through fastexcel as a clerk's program
 * would: the exported workbook read, a copy written with the filled cells.
 */
@QuarkusTest
class AListMakesTheWholeRoundAsAnExcelFile {

    private static final String STATION = TestTokens.communeHealth(CleanUpData.HA_NOI, CleanUpData.PHUC_XA);
    private static final String POLICE = TestTokens.communePolice(CleanUpData.PHUC_XA);
    private static final String VILLAGE = TestTokens.villageTeam(CleanUpData.PHUC_XA, "Tổ 1");
    private static final String REGISTRY_ID_NUMBER = "001187054321";
    private static final String REGISTRY_NAME = "Đặng Thị Hòa";

    @Inject
    CleanUpData data;

    private String listPath;

    @BeforeEach
    void openListWithThreeItemsForTheVillage() {
        data.reset();
        String id = as(STATION).body(Map.of("communeCode", CleanUpData.PHUC_XA)).post(ListsResource.PATH).then()
                .statusCode(201).extract().path("id");
        listPath = ListsResource.PATH + "/" + id;
        for (String subject : new String[] {"S-2", "S-3", "S-5"}) {
            as(STATION).body(Map.of("village", "Tổ 1")).put(listPath + "/items/" + item(subject) + "/assignment")
                    .then().statusCode(200);
        }
    }

    @Test
    void exportFillAsVillageImportSendExportFillAsPoliceImportSignApplyAndTheSubjectsAreVerified() {
        byte[] village = FilledWorkbook.from(export(VILLAGE))
                .set("S-2", Column.NEW_FULL_NAME, REGISTRY_NAME)
                .set("S-3", Column.NEW_ID_NUMBER, REGISTRY_ID_NUMBER)
                .set("S-3", Column.NEW_DATE_OF_BIRTH, LocalDate.of(1987, 11, 2))
                .set("S-5", Column.OUTCOME, "Không tìm thấy - NOT_FOUND")
                .set("S-5", Column.NOTE, "Không ai trong tổ biết người này").bytes();
        upload(VILLAGE, village).statusCode(200).body("role", equalTo("VILLAGE_TEAM")).body("applied", equalTo(3))
                .body("unchanged", equalTo(0)).body("refused", equalTo(0)).body("errors", empty())
                .body("warnings", empty());
        as(STATION).get(listPath).then()
                .body("items.findAll { it.state == 'PROPOSED' }.subjectId", containsInAnyOrder("S-2", "S-3", "S-5"))
                .body("items.find { it.subjectId == 'S-2' }.proposal.fullName", equalTo(REGISTRY_NAME))
                .body("items.find { it.subjectId == 'S-3' }.proposal.idNumber", equalTo(REGISTRY_ID_NUMBER))
                .body("items.find { it.subjectId == 'S-3' }.proposal.dateOfBirth", equalTo("1987-11-02"))
                .body("items.find { it.subjectId == 'S-5' }.outcome", equalTo("NOT_FOUND"));

        as(STATION).post(listPath + "/sending").then().statusCode(200).body("state", equalTo("WITH_POLICE"));

        // The police's export shows the village's proposals in the values columns: a CORRECT takes them as they are.
        byte[] police = FilledWorkbook.from(export(POLICE))
                .set("S-2", Column.DECISION, "Sửa theo CSDL dân cư - CORRECT")
                .set("S-3", Column.DECISION, "Sửa theo CSDL dân cư - CORRECT")
                .set("S-4", Column.DECISION, "Từ chối - REJECT")
                .set("S-4", Column.NOTE, "Số không tồn tại trong CSDL dân cư")
                .set("S-5", Column.DECISION, "Xác nhận - CONFIRM").bytes();
        upload(POLICE, police).statusCode(200).body("role", equalTo("POLICE")).body("applied", equalTo(4))
                .body("unchanged", equalTo(0)).body("refused", equalTo(0)).body("errors", empty());
        as(POLICE).get(listPath).then()
                .body("items.find { it.subjectId == 'S-2' }.decision.fullName", equalTo(REGISTRY_NAME))
                .body("items.find { it.subjectId == 'S-3' }.decision.idNumber", equalTo(REGISTRY_ID_NUMBER))
                .body("items.find { it.subjectId == 'S-4' }.rejectionReason",
                        equalTo("Số không tồn tại trong CSDL dân cư"))
                .body("items.find { it.subjectId == 'S-5' }.state", equalTo("CONFIRMED"));

        as(POLICE).post(listPath + "/hand-back").then().statusCode(200);
        as(STATION).post(listPath + "/application").then().statusCode(200)
                .body("alreadyApplied", is(false)).body("changed", equalTo(2)).body("verified", equalTo(2));

        as(STATION).queryParam("commune", CleanUpData.PHUC_XA).get("/v1/correction/verification-list").then()
                .statusCode(200)
                .body("subjectId", containsInAnyOrder("S-2", "S-3"))
                .body("check", everyItem(equalTo("VERIFIED")))
                .body("find { it.subjectId == 'S-2' }.fullName", equalTo(REGISTRY_NAME))
                .body("find { it.subjectId == 'S-3' }.idNumber", equalTo(REGISTRY_ID_NUMBER))
                .body("find { it.subjectId == 'S-3' }.dateOfBirth", equalTo("1987-11-02"));
    }

    private byte[] export(String token) {
        return given().auth().oauth2(token).get(listPath + "/spreadsheet").then().statusCode(200).extract()
                .asByteArray();
    }

    private ValidatableResponse upload(String token, byte[] file) {
        return given().auth().oauth2(token).contentType(SpreadsheetsResource.XLSX).body(file)
                .put(listPath + "/spreadsheet").then();
    }

    private long item(String subjectId) {
        return ((Number) as(STATION).get(listPath).then().extract()
                .path("items.find { it.subjectId == '" + subjectId + "' }.id")).longValue();
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
