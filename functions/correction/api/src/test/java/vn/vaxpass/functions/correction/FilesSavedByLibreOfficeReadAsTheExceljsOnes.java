package vn.vaxpass.functions.correction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import vn.vaxpass.functions.correction.sheet.SpreadsheetsResource;
import vn.vaxpass.functions.correction.sheet.SubjectImportsResource;
import vn.vaxpass.testing.TestTokens;

/**
 * The exceljs workbooks saved again by LibreOffice Calc (src/test/resources/fixtures/libreoffice, with the command that
 * made them): LibreOffice writes its own styles, an explicit type on every cell and its own shared strings, and the
 * import must read the result as it reads exceljs's: the same report, repair for repair, and the same subjects.
 */
@QuarkusTest
class FilesSavedByLibreOfficeReadAsTheExceljsOnes {

    private static final String STATION = TestTokens.communeHealth(CleanUpData.HA_NOI, CleanUpData.PHUC_XA);
    private static final List<String> SUBJECTS = List.of("S-3", "S-4");
    private static final List<String> FIELDS = List.of("idNumber", "fullName", "dateOfBirth", "gender");

    @Inject
    CleanUpData data;

    @ParameterizedTest
    @CsvSource({
        "exceljs/subjects-exceljs.xlsx, libreoffice/subjects-libreoffice.xlsx",
        "exceljs/subjects-exceljs-1904.xlsx, libreoffice/subjects-libreoffice-1904.xlsx"
    })
    void aLibreOfficeCopyGivesTheSameReportAndSubjectsAsItsExceljsOriginal(String exceljs, String libreOffice) {
        Imported original = importOnFreshData(exceljs);
        Imported saved = importOnFreshData(libreOffice);

        assertThat(original.report()).as("the exceljs file's report").containsEntry("applied", 2)
                .containsEntry("errors", List.of());
        assertThat((List<?>) original.report().get("warnings")).as("the exceljs file's repairs").hasSize(6);
        assertThat(saved.report()).as("the LibreOffice copy's report").isEqualTo(original.report());
        assertThat(saved.subjects()).as("the subjects after the LibreOffice copy").isEqualTo(original.subjects())
                .containsEntry("S-3", List.of("001187054321", "Đặng Thị Hòa", "1987-11-02", "F"));
    }

    /** What one file's import reported and left in the subjects, on the fixture's data alone. */
    private record Imported(Map<String, Object> report, Map<String, List<String>> subjects) {
    }

    private Imported importOnFreshData(String fixture) {
        data.reset();
        Map<String, Object> report = given().auth().oauth2(STATION).contentType(SpreadsheetsResource.XLSX)
                .body(fixture(fixture)).post(SubjectImportsResource.PATH.replace("{commune}", CleanUpData.PHUC_XA))
                .then().statusCode(200).extract().jsonPath().getMap("$");
        Map<String, List<String>> subjects = new LinkedHashMap<>();
        for (String subject : SUBJECTS) {
            JsonPath json = given().auth().oauth2(STATION).get("/v1/correction/subjects/" + subject).then()
                    .statusCode(200).extract().jsonPath();
            subjects.put(subject, FIELDS.stream().map(json::getString).toList());
        }
        return new Imported(report, subjects);
    }

    private static byte[] fixture(String path) {
        try (InputStream in = FilesSavedByLibreOfficeReadAsTheExceljsOnes.class
                .getResourceAsStream("/fixtures/" + path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
