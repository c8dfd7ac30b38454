package vn.vaxpass.functions.correction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import vn.vaxpass.functions.correction.sheet.SpreadsheetsResource;
import vn.vaxpass.functions.correction.sheet.SubjectImportsResource;
import vn.vaxpass.testing.TestTokens;

/**
 * Station ID-number workbooks written by exceljs (src/test/resources/fixtures/exceljs, with the script and command
 * that made them): an instructions sheet first, a merged title, a two-row merged header, ID numbers as number cells,
 * a date cell and a bare day number, VNI and TCVN3 names; in the 1900 and the 1904 date systems.
 */
@QuarkusTest
class FilesWrittenByExceljsAreRead {

    private static final String STATION = TestTokens.communeHealth(CleanUpData.HA_NOI, CleanUpData.PHUC_XA);

    @Inject
    CleanUpData data;

    @BeforeEach
    void reset() {
        data.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"subjects-exceljs.xlsx", "subjects-exceljs-1904.xlsx"})
    void anExceljsWorkbookIsImportedWithEachRepairReported(String fixture) {
        byte[] file = fixture(fixture);
        upload(file).statusCode(200).body("rows", equalTo(2)).body("applied", equalTo(2)).body("errors", empty())
                .body("warnings.code", containsInAnyOrder("ID_NUMBER_LEADING_ZEROS_RESTORED",
                        "NAME_CONVERTED_FROM_VNI", "NAME_CONVERTED_FROM_TCVN3", "ID_NUMBER_LEADING_ZEROS_RESTORED",
                        "NAME_CONVERTED_FROM_TCVN3", "DATE_SERIAL_READ"))
                .body("warnings.find { it.code == 'DATE_SERIAL_READ' }.row", equalTo(5))
                .body("warnings.find { it.code == 'NAME_CONVERTED_FROM_VNI' }.column", equalTo("D"))
                .body("changes.find { it.subjectId == 'S-3' }.check", equalTo("VERIFIED"));
        given().auth().oauth2(STATION).get("/v1/correction/subjects/S-3").then()
                .body("idNumber", equalTo("001187054321")).body("fullName", equalTo("Đặng Thị Hòa"))
                .body("dateOfBirth", equalTo("1987-11-02")).body("gender", equalTo("F"));
        given().auth().oauth2(STATION).get("/v1/correction/subjects/S-4").then()
                .body("idNumber", equalTo("001090012345")).body("fullName", equalTo("Trần Minh Khôi"))
                .body("dateOfBirth", equalTo("1990-01-01")).body("gender", equalTo("M"));

        upload(file).statusCode(200).body("applied", equalTo(0)).body("unchanged", equalTo(2));
    }

    private static ValidatableResponse upload(byte[] file) {
        return given().auth().oauth2(STATION).contentType(SpreadsheetsResource.XLSX).body(file)
                .post(SubjectImportsResource.PATH.replace("{commune}", CleanUpData.PHUC_XA)).then();
    }

    private static byte[] fixture(String name) {
        try (InputStream in = FilesWrittenByExceljsAreRead.class.getResourceAsStream("/fixtures/exceljs/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
