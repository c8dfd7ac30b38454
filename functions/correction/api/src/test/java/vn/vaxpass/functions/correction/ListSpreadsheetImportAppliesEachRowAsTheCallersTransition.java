package vn.vaxpass.functions.correction;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static vn.vaxpass.functions.correction.PhucXaList.FOREIGN_STATION;
import static vn.vaxpass.functions.correction.PhucXaList.POLICE;
import static vn.vaxpass.functions.correction.PhucXaList.STATION;
import static vn.vaxpass.functions.correction.PhucXaList.VILLAGE;
import static vn.vaxpass.functions.correction.PhucXaList.as;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.vaxpass.functions.correction.sheet.ListSheet.Column;
import vn.vaxpass.functions.correction.sheet.SheetBounds;
import vn.vaxpass.testing.TestTokens;

@QuarkusTest
class ListSpreadsheetImportAppliesEachRowAsTheCallersTransition {

    private static final String PROVINCE = TestTokens.provinceHealth(CleanUpData.HA_NOI);

    @Inject
    CleanUpData data;

    private PhucXaList list;

    @BeforeEach
    void openList() {
        data.reset();
        list = PhucXaList.openedWithVillageItems("S-3");
    }

    @Test
    void aVillageTeamsProposalsApplyOnceAndTheSameFileAgainChangesNothing() {
        byte[] file = FilledWorkbook.from(list.export(VILLAGE))
                .set("S-3", Column.NEW_ID_NUMBER, "001187054321")
                .set("S-3", Column.NOTE, "=1+1 theo sổ hộ khẩu, gọi +84912345678").bytes();

        list.upload(VILLAGE, file).statusCode(200).body("role", equalTo("VILLAGE_TEAM")).body("applied", equalTo(1))
                .body("refused", equalTo(0)).body("errors", empty());
        as(STATION).get(list.path()).then()
                .body("items.find { it.subjectId == 'S-3' }.state", equalTo("PROPOSED"))
                .body("items.find { it.subjectId == 'S-3' }.proposal.idNumber", equalTo("001187054321"))
                .body("items.find { it.subjectId == 'S-3' }.note", equalTo("=1+1 theo sổ hộ khẩu, gọi +84912345678"))
                .body("items.find { it.subjectId == 'S-3' }.version", equalTo(2));

        list.upload(VILLAGE, file).statusCode(200).body("applied", equalTo(0)).body("unchanged", equalTo(1))
                .body("refused", equalTo(0));
        as(STATION).get(list.path()).then().body("items.find { it.subjectId == 'S-3' }.version", equalTo(2));
    }

    @Test
    void thePolicesDecisionsApplyOnceAndTheSameFileAgainChangesNothing() {
        as(STATION).body(Map.of("outcome", "NOT_FOUND", "note", "Không ai biết"))
                .put(list.itemPath("S-5") + "/proposal").then().statusCode(200);
        as(STATION).post(list.path() + "/sending").then().statusCode(200);
        byte[] file = FilledWorkbook.from(list.export(POLICE))
                .set("S-5", Column.DECISION, "Xác nhận - CONFIRM")
                .set("S-4", Column.DECISION, "REJECT")
                .set("S-4", Column.NOTE, "Số không tồn tại trong CSDL dân cư")
                .set("S-3", Column.DECISION, "Sửa theo CSDL dân cư - CORRECT")
                .set("S-3", Column.NEW_ID_NUMBER, "001187054321")
                .set("S-2", Column.DECISION, "CONFIRM")
                .set("S-2", Column.NEW_FULL_NAME, "Đặng Thị Hòa").bytes();

        list.upload(POLICE, file).statusCode(200).body("role", equalTo("POLICE")).body("applied", equalTo(3))
                .body("refused", equalTo(1)).body("errors.code", contains("VALUES_NEED_CORRECT"))
                .body("errors[0].column", equalTo(Column.DECISION.letter()));
        as(POLICE).get(list.path()).then()
                .body("items.find { it.subjectId == 'S-5' }.state", equalTo("CONFIRMED"))
                .body("items.find { it.subjectId == 'S-4' }.rejectionReason",
                        equalTo("Số không tồn tại trong CSDL dân cư"))
                .body("items.find { it.subjectId == 'S-3' }.decision.idNumber", equalTo("001187054321"));

        list.upload(POLICE, file).statusCode(200).body("applied", equalTo(0)).body("unchanged", equalTo(3))
                .body("refused", equalTo(1));
    }

    @Test
    void rowsThatCannotApplyAreReportedByRowAndColumnAndTheOthersApply() {
        byte[] file = FilledWorkbook.from(list.export(STATION))
                .set("S-2", Column.NEW_FULL_NAME, "Nguyễn 123")
                .set("S-4", Column.OUTCOME, "Bay đi")
                .set("S-5", Column.OUTCOME, "Chuyển đi - MOVED_AWAY")
                .set("S-3", Column.NEW_GENDER, "Nữ").bytes();

        list.upload(STATION, file).statusCode(200).body("applied", equalTo(1)).body("refused", equalTo(3))
                .body("errors.code", containsInAnyOrder("INVALID_FULL_NAME", "UNKNOWN_OUTCOME", "NOTE_REQUIRED"))
                .body("errors.find { it.code == 'INVALID_FULL_NAME' }.column", equalTo(Column.NEW_FULL_NAME.letter()))
                .body("errors.find { it.code == 'INVALID_FULL_NAME' }.row", equalTo(rowOf("S-2")))
                .body("errors.find { it.code == 'INVALID_FULL_NAME' }.message", startsWith("Họ và tên"))
                .body("errors.find { it.code == 'UNKNOWN_OUTCOME' }.header", equalTo(Column.OUTCOME.header()));
    }

    @Test
    void aFileFromBeforeTheListWasSentIsRefusedAndAnItemChangedSinceIsRefusedAlone() {
        byte[] exported = list.export(STATION);
        as(STATION).body(Map.of("fullName", "Đặng Thị Hòa")).put(list.itemPath("S-2") + "/proposal")
                .then().statusCode(200);
        byte[] file = FilledWorkbook.from(exported)
                .set("S-2", Column.NEW_FULL_NAME, "Đặng Thị Hoà Bình")
                .set("S-3", Column.NEW_GENDER, "Nữ").bytes();
        list.upload(STATION, file).statusCode(200).body("applied", equalTo(1)).body("refused", equalTo(1))
                .body("errors.code", contains("ITEM_CHANGED_SINCE_EXPORT"))
                .body("errors[0].row", equalTo(rowOf("S-2")));

        as(STATION).post(list.path() + "/sending").then().statusCode(200);
        list.upload(STATION, file).statusCode(409).body("code", equalTo("LIST_CHANGED_SINCE_EXPORT"))
                .body("currentState", equalTo("WITH_POLICE"));
    }

    @Test
    void excelsDamageToIdNumbersAndDatesIsRepairedWithAWarningOrRefused() {
        byte[] file = FilledWorkbook.from(list.export(STATION))
                .set("S-3", Column.NEW_ID_NUMBER, new BigDecimal("1187054321"))
                .set("S-3", Column.NEW_DATE_OF_BIRTH, new BigDecimal("32083"))
                .set("S-2", Column.NEW_ID_NUMBER, "1.23457E+11")
                .set("S-4", Column.NEW_ID_NUMBER, "O01187054321")
                .set("S-5", Column.NEW_ID_NUMBER, "1.187054321E+9").bytes();

        list.upload(STATION, file).statusCode(200).body("applied", equalTo(3)).body("refused", equalTo(1))
                .body("errors.code", contains("ID_NUMBER_DIGITS_LOST"))
                .body("warnings.code", hasItem("ID_NUMBER_LEADING_ZEROS_RESTORED"))
                .body("warnings.code", hasItem("DATE_SERIAL_READ"))
                .body("warnings.code", hasItem("ID_NUMBER_LETTERS_READ_AS_DIGITS"))
                .body("warnings.code", hasItem("ID_NUMBER_SCIENTIFIC_NOTATION_READ"))
                .body("warnings.find { it.code == 'DATE_SERIAL_READ' }.column",
                        equalTo(Column.NEW_DATE_OF_BIRTH.letter()));
        as(STATION).get(list.path()).then()
                .body("items.find { it.subjectId == 'S-3' }.proposal.idNumber", equalTo("001187054321"))
                .body("items.find { it.subjectId == 'S-3' }.proposal.dateOfBirth", equalTo("1987-11-02"))
                .body("items.find { it.subjectId == 'S-4' }.proposal.idNumber", equalTo("001187054321"))
                .body("items.find { it.subjectId == 'S-5' }.proposal.idNumber", equalTo("001187054321"));
    }

    @Test
    void aDayNumberFromAWorkbookIn1904DateSystemIsReadInThatSystem() {
        byte[] file = FilledWorkbook.from(list.export(STATION)).in1904DateSystem()
                .set("S-3", Column.NEW_DATE_OF_BIRTH, new BigDecimal(32083 - 1462)).bytes();
        list.upload(STATION, file).statusCode(200).body("applied", equalTo(1))
                .body("warnings.code", contains("DATE_SERIAL_READ"))
                .body("warnings[0].message", org.hamcrest.Matchers.containsString("1904"));
        as(STATION).get(list.path()).then()
                .body("items.find { it.subjectId == 'S-3' }.proposal.dateOfBirth", equalTo("1987-11-02"));
    }

    @Test
    void aFormulaIsRefusedAndFormulaLookingTextStaysText() {
        byte[] file = FilledWorkbook.from(list.export(STATION))
                .set("S-2", Column.NEW_FULL_NAME, new FilledWorkbook.Formula("UPPER(D2)"))
                .set("S-5", Column.OUTCOME, "NOT_FOUND")
                .set("S-5", Column.NOTE, "+84912345678 =SUM(A1:A9)").bytes();
        list.upload(STATION, file).statusCode(200).body("applied", equalTo(1))
                .body("errors.code", contains("FORMULA_NOT_ACCEPTED"));
        as(STATION).get(list.path()).then()
                .body("items.find { it.subjectId == 'S-5' }.note", equalTo("+84912345678 =SUM(A1:A9)"));
    }

    @Test
    void aVillageTeamCannotReachAnotherVillagesItemsThroughAFile() {
        byte[] file = FilledWorkbook.from(list.export(STATION))
                .set("S-2", Column.NEW_FULL_NAME, "Đặng Thị Hòa")
                .set("S-3", Column.NEW_GENDER, "Nữ").bytes();
        list.upload(VILLAGE, file).statusCode(200).body("applied", equalTo(1)).body("refused", equalTo(1))
                .body("errors.code", contains("ITEM_NOT_IN_LIST")).body("errors[0].row", equalTo(rowOf("S-2")));
        as(STATION).get(list.path()).then().body("items.find { it.subjectId == 'S-2' }.proposal", org.hamcrest.Matchers
                .nullValue());
    }

    @Test
    void anotherCommunesStationGetsNotFoundAndTheProvinceMayNotImport() {
        byte[] file = list.export(STATION);
        list.upload(FOREIGN_STATION, file).statusCode(404).body("code", equalTo("NOT_FOUND"));
        list.upload(PROVINCE, file).statusCode(403);
    }

    @Test
    void aZipBombAFarColumnOrAnOldXlsIsRefusedBeforeItIsRead() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written <= SheetBounds.MAX_UNPACKED_BYTES; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        list.upload(STATION, bomb.toByteArray()).statusCode(413).body("code", equalTo("SPREADSHEET_TOO_LARGE"));
        byte[] farColumn = FilledWorkbook.withPart(list.export(STATION), "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("r=\"C2\"", "r=\"AAAAAAA2\""));
        list.upload(STATION, farColumn).statusCode(413).body("code", equalTo("COLUMN_OUT_OF_RANGE"));
        byte[] oldXls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        list.upload(STATION, oldXls).statusCode(415).body("code", equalTo("NOT_AN_XLSX"));
        list.upload(STATION, new byte[SheetBounds.MAX_UPLOAD_BYTES + 1]).statusCode(413)
                .body("code", equalTo("FILE_TOO_LARGE"));
    }

    private int rowOf(String subjectId) {
        return ListWorkbooks.rowOf(ListWorkbooks.rows(list.export(STATION)), subjectId).getRowNum();
    }
}
