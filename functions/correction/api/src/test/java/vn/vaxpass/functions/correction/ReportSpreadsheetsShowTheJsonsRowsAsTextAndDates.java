package vn.vaxpass.functions.correction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.vaxpass.functions.correction.sheet.ListSheet;
import vn.vaxpass.functions.correction.sheet.ReportSheetWriter;
import vn.vaxpass.functions.correction.sheet.SpreadsheetsResource;
import vn.vaxpass.functions.correction.sheet.SubjectImportsResource;
import vn.vaxpass.testing.TestTokens;

@QuarkusTest
class ReportSpreadsheetsShowTheJsonsRowsAsTextAndDates {

    private static final String STATION = TestTokens.communeHealth(CleanUpData.HA_NOI, CleanUpData.PHUC_XA);
    private static final String FOREIGN_STATION = TestTokens.communeHealth(CleanUpData.HA_NOI, CleanUpData.TRUC_BACH);

    @Inject
    CleanUpData data;

    @BeforeEach
    void importOneIdNumber() {
        data.reset();
        byte[] file = SubjectWorkbook.create().row("S-3", "001187054321").row("S-4", "=HYPERLINK(\"x\")").bytes();
        given().auth().oauth2(STATION).contentType(SpreadsheetsResource.XLSX).body(file)
                .post(SubjectImportsResource.PATH.replace("{commune}", CleanUpData.PHUC_XA)).then().statusCode(200);
    }

    @Test
    void theVerificationListHasTextIdNumbersRealDatesAndVietnameseNames() {
        byte[] xlsx = given().auth().oauth2(STATION)
                .queryParam("commune", CleanUpData.PHUC_XA).get("/v1/correction/verification-list/spreadsheet").then()
                .statusCode(200).header("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx"))
                .extract().asByteArray();
        List<Row> rows = rows(xlsx, ReportSheetWriter.VERIFICATION_SHEET);
        assertThat(rows.get(0).stream().map(Cell::getText).toList()).isEqualTo(ReportSheetWriter.VERIFICATION_HEADERS);
        assertThat(rows).hasSize(2);
        Row s3 = rows.get(1);
        assertThat(s3.getCellText(0)).isEqualTo("S-3");
        assertThat(s3.getCell(4).getType()).isEqualTo(CellType.STRING);
        assertThat(s3.getCellText(4)).isEqualTo("001187054321");
        assertThat(s3.getCell(2).getType()).isEqualTo(CellType.NUMBER);
        assertThat(s3.getCell(2).getDataFormatString()).isEqualTo(ListSheet.DATE_FORMAT);
        assertThat(s3.getCell(2).asDate().toLocalDate()).isEqualTo(LocalDate.of(1987, 11, 2));
        assertThat(s3.getCellText(3)).isEqualTo("Nữ");
        assertThat(s3.getCellText(7)).isEqualTo("Nhập từ tệp - IMPORT");
        assertThat(s3.getCellText(8)).isEqualTo("Đã khớp - VERIFIED");
        assertThat(s3.getCell(6).getDataFormatString()).startsWith("dd/mm/yyyy");

        given().auth().oauth2(STATION).queryParam("commune", CleanUpData.PHUC_XA)
                .get("/v1/correction/verification-list").then().statusCode(200).contentType("application/json");
        given().auth().oauth2(FOREIGN_STATION).queryParam("commune", CleanUpData.PHUC_XA)
                .get("/v1/correction/verification-list/spreadsheet").then()
                .statusCode(404);
    }

    @Test
    void theProgressReportCountsWhatTheJsonCountsUnderVietnameseHeaders() {
        Map<String, Integer> json = given().auth().oauth2(STATION).queryParam("province", CleanUpData.HA_NOI)
                .queryParam("commune", CleanUpData.PHUC_XA).get("/v1/correction/progress").then().statusCode(200)
                .extract().path("communes.'" + CleanUpData.PHUC_XA + "'.subjectsByCheck");
        byte[] xlsx = given().auth().oauth2(STATION)
                .queryParam("province", CleanUpData.HA_NOI).queryParam("commune", CleanUpData.PHUC_XA)
                .get("/v1/correction/progress/spreadsheet").then().statusCode(200).extract().asByteArray();
        List<Row> rows = rows(xlsx, ReportSheetWriter.PROGRESS_SHEET);
        Row header = rows.get(0);
        Row commune = rows.get(1);
        assertThat(commune.getCellText(0)).isEqualTo(CleanUpData.PHUC_XA);
        assertThat(header.getCellText(1)).isEqualTo("Số người: Đã khớp - VERIFIED");
        for (Map.Entry<String, Integer> count : json.entrySet()) {
            int column = header.stream().filter(cell -> cell.getText().endsWith("- " + count.getKey())
                    && cell.getText().startsWith("Số người")).findFirst().orElseThrow().getColumnIndex();
            assertThat(commune.getCell(column).getType()).isEqualTo(CellType.NUMBER);
            assertThat(commune.getCell(column).asNumber().intValue()).isEqualTo(count.getValue());
        }
        List<Row> days = rows(xlsx, ReportSheetWriter.PER_DAY_SHEET);
        assertThat(days.get(1).getCell(0).getDataFormatString()).isEqualTo(ListSheet.DATE_FORMAT);
        assertThat(days.get(1).getCell(1).asNumber().intValue()).isEqualTo(1);
        given().auth().oauth2(FOREIGN_STATION)
                .queryParam("province", CleanUpData.HA_NOI).queryParam("commune", CleanUpData.PHUC_XA)
                .get("/v1/correction/progress/spreadsheet").then().statusCode(403);
    }

    @Test
    void noCellOfEitherWorkbookIsAFormula() {
        byte[] verification = given().auth().oauth2(STATION).queryParam("commune", CleanUpData.PHUC_XA)
                .get("/v1/correction/verification-list/spreadsheet").then()
                .extract().asByteArray();
        assertThat(ListWorkbooks.part(verification, "xl/worksheets/sheet1.xml")).doesNotContain("<f>", "<f ");
        byte[] progress = given().auth().oauth2(STATION)
                .queryParam("province", CleanUpData.HA_NOI).queryParam("commune", CleanUpData.PHUC_XA)
                .get("/v1/correction/progress/spreadsheet").then()
                .statusCode(200).extract().asByteArray();
        assertThat(ListWorkbooks.part(progress, "xl/worksheets/sheet1.xml")).doesNotContain("<f>", "<f ");
    }

    private static List<Row> rows(byte[] xlsx, String sheet) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
                new ReadingOptions(true, false))) {
            return workbook.findSheet(sheet).orElseThrow().read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
