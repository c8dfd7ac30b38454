package vn.vaxpass.functions.correction;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static vn.vaxpass.functions.correction.PhucXaList.POLICE;
import static vn.vaxpass.functions.correction.PhucXaList.STATION;
import static vn.vaxpass.functions.correction.PhucXaList.VILLAGE;
import static vn.vaxpass.functions.correction.PhucXaList.as;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.vaxpass.functions.correction.sheet.ListSheet.Column;

/**
 * Issue 12's round trip: the list leaves the station as an .xlsx, the village team fills it in and uploads it, the
 * police do the same with their own export, and after the signed hand-back is applied the verification list shows the
 * subjects with the values that travelled in the files. The files are filled through fastexcel as a clerk's program
 * would: the exported workbook read, a copy written with the filled cells.
 */
@QuarkusTest
class AListMakesTheWholeRoundAsAnExcelFile {

    private static final String REGISTRY_ID_NUMBER = "001187054321";
    private static final String REGISTRY_NAME = "Đặng Thị Hòa";

    @Inject
    CleanUpData data;

    private PhucXaList list;

    @BeforeEach
    void openListWithThreeItemsForTheVillage() {
        data.reset();
        list = PhucXaList.openedWithVillageItems("S-2", "S-3", "S-5");
    }

    @Test
    void exportFillAsVillageImportSendExportFillAsPoliceImportSignApplyAndTheSubjectsAreVerified() {
        byte[] village = FilledWorkbook.from(list.export(VILLAGE))
                .set("S-2", Column.NEW_FULL_NAME, REGISTRY_NAME)
                .set("S-3", Column.NEW_ID_NUMBER, REGISTRY_ID_NUMBER)
                .set("S-3", Column.NEW_DATE_OF_BIRTH, LocalDate.of(1987, 11, 2))
                .set("S-5", Column.OUTCOME, "Không tìm thấy - NOT_FOUND")
                .set("S-5", Column.NOTE, "Không ai trong tổ biết người này").bytes();
        list.upload(VILLAGE, village).statusCode(200).body("role", equalTo("VILLAGE_TEAM")).body("applied", equalTo(3))
                .body("unchanged", equalTo(0)).body("refused", equalTo(0)).body("errors", empty())
                .body("warnings", empty());
        as(STATION).get(list.path()).then()
                .body("items.findAll { it.state == 'PROPOSED' }.subjectId", containsInAnyOrder("S-2", "S-3", "S-5"))
                .body("items.find { it.subjectId == 'S-2' }.proposal.fullName", equalTo(REGISTRY_NAME))
                .body("items.find { it.subjectId == 'S-3' }.proposal.idNumber", equalTo(REGISTRY_ID_NUMBER))
                .body("items.find { it.subjectId == 'S-3' }.proposal.dateOfBirth", equalTo("1987-11-02"))
                .body("items.find { it.subjectId == 'S-5' }.outcome", equalTo("NOT_FOUND"));

        as(STATION).post(list.path() + "/sending").then().statusCode(200).body("state", equalTo("WITH_POLICE"));

        // The police's export shows the village's proposals in the values columns: a CORRECT takes them as they are.
        byte[] police = FilledWorkbook.from(list.export(POLICE))
                .set("S-2", Column.DECISION, "Sửa theo CSDL dân cư - CORRECT")
                .set("S-3", Column.DECISION, "Sửa theo CSDL dân cư - CORRECT")
                .set("S-4", Column.DECISION, "Từ chối - REJECT")
                .set("S-4", Column.NOTE, "Số không tồn tại trong CSDL dân cư")
                .set("S-5", Column.DECISION, "Xác nhận - CONFIRM").bytes();
        list.upload(POLICE, police).statusCode(200).body("role", equalTo("POLICE")).body("applied", equalTo(4))
                .body("unchanged", equalTo(0)).body("refused", equalTo(0)).body("errors", empty());
        as(POLICE).get(list.path()).then()
                .body("items.find { it.subjectId == 'S-2' }.decision.fullName", equalTo(REGISTRY_NAME))
                .body("items.find { it.subjectId == 'S-3' }.decision.idNumber", equalTo(REGISTRY_ID_NUMBER))
                .body("items.find { it.subjectId == 'S-4' }.rejectionReason",
                        equalTo("Số không tồn tại trong CSDL dân cư"))
                .body("items.find { it.subjectId == 'S-5' }.state", equalTo("CONFIRMED"));

        as(POLICE).post(list.path() + "/hand-back").then().statusCode(200);
        as(STATION).post(list.path() + "/application").then().statusCode(200)
                .body("alreadyApplied", is(false)).body("changed", equalTo(2)).body("verified", equalTo(2));

        as(STATION).queryParam("commune", CleanUpData.PHUC_XA).get("/v1/correction/verification-list").then()
                .statusCode(200)
                .body("subjectId", containsInAnyOrder("S-2", "S-3"))
                .body("check", everyItem(equalTo("VERIFIED")))
                .body("find { it.subjectId == 'S-2' }.fullName", equalTo(REGISTRY_NAME))
                .body("find { it.subjectId == 'S-3' }.idNumber", equalTo(REGISTRY_ID_NUMBER))
                .body("find { it.subjectId == 'S-3' }.dateOfBirth", equalTo("1987-11-02"));
    }
}
