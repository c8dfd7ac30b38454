package vn.vaxpass.functions.correction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.functions.correction.sheet.LegacyEncoding;
import vn.vaxpass.functions.correction.sheet.SpreadsheetsResource;
import vn.vaxpass.functions.correction.sheet.SubjectImportsResource;
import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.testing.TestTokens;

@QuarkusTest
class StationImportOfIdNumbersCorrectsEachSubjectOnce {

    private static final String STATION = TestTokens.communeHealth(CleanUpData.HA_NOI, CleanUpData.PHUC_XA);
    private static final String FOREIGN_STATION = TestTokens.communeHealth(CleanUpData.HA_NOI, CleanUpData.TRUC_BACH);
    private static final String POLICE = TestTokens.communePolice(CleanUpData.PHUC_XA);
    private static final String VILLAGE = TestTokens.villageTeam(CleanUpData.PHUC_XA, "Tổ 1");
    private static final String IMPORTS = SubjectImportsResource.PATH.replace("{commune}", CleanUpData.PHUC_XA);

    @Inject
    CleanUpData data;

    @Inject
    Pool pool;

    @BeforeEach
    void reset() {
        data.reset();
    }

    @Test
    void anImportAppliesEachRowAsAnAuditedCorrectionAndTheSameFileAgainChangesNothing() {
        byte[] file = SubjectWorkbook.create()
                .row("S-3", "001187054321", "Đặng Thị Hòa", LocalDate.of(1987, 11, 2), "Nữ")
                .row("S-4", "001090012345", null, null, null).bytes();

        upload(STATION, file).statusCode(200).body("rows", equalTo(2)).body("applied", equalTo(2))
                .body("unchanged", equalTo(0)).body("refused", equalTo(0)).body("errors", empty())
                .body("changes.find { it.subjectId == 'S-3' }.check", equalTo("VERIFIED"))
                .body("changes.find { it.subjectId == 'S-3' }.row", equalTo(2));
        given().auth().oauth2(STATION).get("/v1/correction/subjects/S-3").then().body("idNumber",
                equalTo("001187054321")).body("version", equalTo(2));
        given().auth().oauth2(STATION).get("/v1/correction/subjects/S-3/audit").then().body("source",
                contains("IMPORT")).body("[0].before.idNumber", nullValue())
                .body("[0].after.idNumber", equalTo("001187054321"));
        given().auth().oauth2(STATION).queryParam("commune", CleanUpData.PHUC_XA)
                .get("/v1/correction/verification-list").then()
                .body("find { it.subjectId == 'S-3' }.check", equalTo("VERIFIED"))
                .body("find { it.subjectId == 'S-3' }.source", equalTo("IMPORT"));

        upload(STATION, file).statusCode(200).body("applied", equalTo(0)).body("unchanged", equalTo(2))
                .body("changes", empty());
        given().auth().oauth2(STATION).get("/v1/correction/subjects/S-3").then().body("version", equalTo(2));
        given().auth().oauth2(STATION).get("/v1/correction/subjects/S-3/audit").then().body("$", hasSize(1));
    }

    @Test
    void aSubjectOutsideTheCommuneIsRefusedOnItsRowAlikeWhetherItExistsOrNot() {
        byte[] file = SubjectWorkbook.create()
                .row("S-6", "001085012345")
                .row("S-404", "001085012345")
                .row("S-3", "001187054321").bytes();
        List<String> messages = upload(STATION, file).statusCode(200).body("applied", equalTo(1))
                .body("refused", equalTo(2))
                .body("errors.code", contains("SUBJECT_NOT_IN_COMMUNE", "SUBJECT_NOT_IN_COMMUNE"))
                .body("errors[0].row", equalTo(2)).body("errors[1].row", equalTo(3))
                .body("errors[0].column", equalTo("A")).extract().path("errors.message");
        assertThat(messages.get(0)).isEqualTo(messages.get(1)).startsWith("Xã không có");
        given().auth().oauth2(FOREIGN_STATION).get("/v1/correction/subjects/S-6").then().body("version", equalTo(1));
    }

    @Test
    void rowsThatCannotApplyAreReportedByRowAndColumnAndRepairsAreWarnings() {
        byte[] file = SubjectWorkbook.create()
                .row("S-3", new BigDecimal("1187054321"), null, new BigDecimal("32083"))
                .row("S-4", "1.23457E+11")
                .row("S-5", "079090999999", "Lê Văn 8")
                .row("S-3", "001187054321")
                .row(null, "001187054321")
                .row("S-2", null, "Đặng Thị Hòa").bytes();
        upload(STATION, file).statusCode(200).body("rows", equalTo(6)).body("applied", equalTo(1))
                .body("refused", equalTo(5))
                .body("errors.code", contains("ID_NUMBER_DIGITS_LOST", "INVALID_FULL_NAME", "SUBJECT_REPEATED",
                        "SUBJECT_ID_MISSING", "ID_NUMBER_MISSING"))
                .body("errors.find { it.code == 'INVALID_FULL_NAME' }.column", equalTo("C"))
                .body("errors.find { it.code == 'INVALID_FULL_NAME' }.header", equalTo("Họ và tên / Full name"))
                .body("errors.find { it.code == 'INVALID_FULL_NAME' }.message", startsWith("Họ và tên"))
                .body("errors.find { it.code == 'ID_NUMBER_DIGITS_LOST' }.column", equalTo("B"))
                .body("warnings.code", hasItem("ID_NUMBER_LEADING_ZEROS_RESTORED"))
                .body("warnings.code", hasItem("DATE_SERIAL_READ"));
        given().auth().oauth2(STATION).get("/v1/correction/subjects/S-3").then()
                .body("idNumber", equalTo("001187054321")).body("dateOfBirth", equalTo("1987-11-02"));
    }

    @Test
    void aNameOrGenderTypedInTcvn3OrVniIsReadAsUnicodeWithAWarning() {
        byte[] file = SubjectWorkbook.create()
                .row("S-2", "001187054321", LegacyEncoding.VNI.encode("Đặng Thị Hòa"), null,
                        LegacyEncoding.TCVN3.encode("Nữ")).bytes();
        upload(STATION, file).statusCode(200).body("applied", equalTo(1))
                .body("warnings.code", contains("NAME_CONVERTED_FROM_VNI", "NAME_CONVERTED_FROM_TCVN3"))
                .body("warnings[0].column", equalTo("C")).body("warnings[1].column", equalTo("E"))
                .body("warnings[0].message", startsWith("Ô được gõ bằng bảng mã VNI"))
                .body("changes[0].check", equalTo("VERIFIED"));
        given().auth().oauth2(STATION).get("/v1/correction/subjects/S-2").then()
                .body("fullName", equalTo("Đặng Thị Hòa")).body("gender", equalTo("F"));
    }

    @Test
    void everyRowCountsAgainstTheRegistryQuotaAndAFileThatDoesNotFitWritesNothing() {
        pool.query("INSERT INTO registry_quota (account, day, used) VALUES ('test-account-commune-health',"
                + " (now() AT TIME ZONE 'UTC')::date, 498)").executeAndAwait();
        byte[] file = SubjectWorkbook.create()
                .row("S-3", "001187054321")
                .row("S-4", "12AB")
                .row("S-404", "001090012345").bytes();
        upload(STATION, file).statusCode(429).body("code", equalTo("REGISTRY_QUOTA_EXCEEDED"));
        given().auth().oauth2(STATION).get("/v1/correction/subjects/S-3").then().body("idNumber", nullValue())
                .body("version", equalTo(1));
        assertThat(JobData.count(pool, "SELECT count(*) FROM correction_audit"))
                .isZero();

        pool.query("UPDATE registry_quota SET used = 497").executeAndAwait();
        upload(STATION, file).statusCode(200).body("applied", equalTo(1)).body("refused", equalTo(2));
        assertThat(JobData.count(pool, "SELECT used FROM registry_quota"))
                .isEqualTo(500);
    }

    @Test
    void aCsvIsReadWithTheSameRules() {
        String csv = "subject_id,id_number,full_name,date_of_birth,gender\r\n"
                + "S-3,1187054321,Đặng Thị Hòa,02/11/1987,Nữ\r\n"
                + "S-4,O01090012345,,,\r\n"
                + "S-5,'=1+1,,,\r\n";
        given().auth().oauth2(STATION).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post(IMPORTS).then().statusCode(200).body("applied", equalTo(2)).body("refused", equalTo(1))
                .body("errors.code", contains("INVALID_ID_NUMBER")).body("errors[0].row", equalTo(4))
                .body("errors[0].column", equalTo("B"))
                .body("warnings.code", contains("ID_NUMBER_LEADING_ZEROS_RESTORED",
                        "ID_NUMBER_LETTERS_READ_AS_DIGITS"));
        given().auth().oauth2(STATION).get("/v1/correction/subjects/S-4").then()
                .body("idNumber", equalTo("001090012345"));
        given().auth().oauth2(STATION).contentType("text/csv").body("subject,id\r\nS-3,1\r\n"
                .getBytes(StandardCharsets.UTF_8)).post(IMPORTS).then().statusCode(400)
                .body("code", equalTo("WRONG_HEADER")).body("message", startsWith("Tệp CSV"));
    }

    @Test
    void aTitleAboveTheHeaderAndAnInstructionsSheetBeforeItDoNoHarm() {
        byte[] file = SubjectWorkbook.create().instructionsFirst().titled("DANH SÁCH NHẬP SỐ ĐỊNH DANH")
                .header("STT", "Mã đối tượng", "Họ tên", "Số CCCD").row("1", "S-3", "Đặng Thị Hòa", "001187054321")
                .bytes();
        upload(STATION, file).statusCode(200).body("applied", equalTo(1));
        byte[] headless = SubjectWorkbook.create().header("Mã", "Số").row("S-3", "001187054321").bytes();
        upload(STATION, headless).statusCode(400).body("code", equalTo("COLUMNS_MISSING"));
    }

    @Test
    void onlyTheCommunesStationMayImport() {
        byte[] file = SubjectWorkbook.create().row("S-3", "001187054321").bytes();
        upload(FOREIGN_STATION, file).statusCode(404).body("code", equalTo("NOT_FOUND"));
        upload(POLICE, file).statusCode(403);
        upload(VILLAGE, file).statusCode(403);
        given().auth().oauth2(STATION).get("/v1/correction/subjects/S-3").then().body("version", equalTo(1));
    }

    @Test
    void aSubjectRecordedUnderAnOldCodeMergedIntoTheCommuneIsImportedAndTheOldCodeImportsNothing() {
        pool.query("INSERT INTO commune_successor (old_code, current_code) VALUES ('" + CleanUpData.TRUC_BACH + "', '"
                + CleanUpData.PHUC_XA + "')").executeAndAwait();
        byte[] file = SubjectWorkbook.create().row("S-6", "001085012399").bytes();

        given().auth().oauth2(FOREIGN_STATION).contentType(SpreadsheetsResource.XLSX).body(file)
                .post(SubjectImportsResource.PATH.replace("{commune}", CleanUpData.TRUC_BACH)).then().statusCode(400)
                .body("code", equalTo("COMMUNE_MERGED"));
        upload(STATION, file).statusCode(200).body("applied", equalTo(1)).body("refused", equalTo(0));
        given().auth().oauth2(STATION).get("/v1/correction/subjects/S-6").then().statusCode(200)
                .body("idNumber", equalTo("001085012399"));
    }

    @Test
    void anOldXlsOrAnOdsIsRefusedSayingHowToSaveItAsXlsx() throws IOException {
        upload(STATION, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1}).statusCode(415).body("code", equalTo("NOT_AN_XLSX"))
                .body("message", startsWith("Đây là tệp .xls"));
        byte[] type = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream ods = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(ods)) {
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        upload(STATION, ods.toByteArray()).statusCode(415).body("code", equalTo("NOT_AN_XLSX"))
                .body("message", startsWith("Đây là tệp .ods"));
    }

    private static ValidatableResponse upload(String token, byte[] file) {
        return given().auth().oauth2(token).contentType(SpreadsheetsResource.XLSX).body(file).post(IMPORTS).then();
    }
}
