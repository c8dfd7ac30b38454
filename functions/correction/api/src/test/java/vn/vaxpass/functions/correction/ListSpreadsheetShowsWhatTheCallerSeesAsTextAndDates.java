package vn.vaxpass.functions.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.functions.correction.PhucXaList.FOREIGN_STATION;
import static vn.vaxpass.functions.correction.PhucXaList.POLICE;
import static vn.vaxpass.functions.correction.PhucXaList.STATION;
import static vn.vaxpass.functions.correction.PhucXaList.VILLAGE;
import static vn.vaxpass.functions.correction.PhucXaList.as;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.vaxpass.functions.correction.sheet.ListSheet;
import vn.vaxpass.functions.correction.sheet.ListSheet.Column;

@QuarkusTest
class ListSpreadsheetShowsWhatTheCallerSeesAsTextAndDates {

    @Inject
    CleanUpData data;

    private PhucXaList list;

    @BeforeEach
    void openListWithANoteThatLooksLikeAFormula() {
        data.reset();
        list = PhucXaList.openedWithVillageItems("S-3");
        as(STATION).body(Map.of("outcome", "NOT_FOUND", "note", "=HYPERLINK(\"http://x\") gọi +84912345678"))
                .put(list.itemPath("S-5") + "/proposal").then().statusCode(200);
    }

    @Test
    void theStationsFileHasVietnameseHeadersDateCellsTextIdNumbersAndMaskedSuggestions() {
        byte[] file = list.export(STATION);
        List<Row> rows = ListWorkbooks.rows(file);

        assertThat(rows.get(0).stream().map(Cell::getText).toList())
                .containsExactlyElementsOf(Arrays.stream(Column.values()).map(Column::header).toList());
        assertThat(rows).hasSize(1 + 4);
        Row mismatch = ListWorkbooks.rowOf(rows, "S-2");
        Cell born = mismatch.getCell(Column.DATE_OF_BIRTH.ordinal());
        assertThat(born.getType()).isEqualTo(CellType.NUMBER);
        assertThat(born.asDate().toLocalDate()).isEqualTo(LocalDate.of(1987, 11, 2));
        assertThat(born.getDataFormatString()).isEqualTo(ListSheet.DATE_FORMAT);
        Cell idNumber = mismatch.getCell(Column.ID_NUMBER.ordinal());
        assertThat(idNumber.getType()).isEqualTo(CellType.STRING);
        assertThat(idNumber.asString()).isEqualTo("001187054321");
        assertThat(mismatch.getCellText(Column.SUGGESTED_ID_NUMBER.ordinal())).matches("\\d{3}\\*+\\d{2}");
        assertThat(mismatch.getCellText(Column.ITEM_ID.ordinal())).isEqualTo(String.valueOf(list.item("S-2")));
        assertThat(mismatch.getCellText(Column.ITEM_VERSION.ordinal())).isEqualTo("0");
        for (Row row : rows) {
            for (Cell cell : row) {
                if (cell != null) {
                    assertThat(cell.getType()).isIn(CellType.STRING, CellType.NUMBER, CellType.EMPTY);
                    assertThat(cell.getFormula()).isNull();
                }
            }
        }

        Map<String, String> about = ListWorkbooks.about(file);
        assertThat(about).containsEntry(ListSheet.KEY_LIST_ID, list.id()).containsEntry(ListSheet.KEY_LIST_VERSION, "0")
                .containsEntry(ListSheet.KEY_ROLE, "STATION");
    }

    @Test
    void aValueThatLooksLikeAFormulaIsAStringCell() {
        Row notFound = ListWorkbooks.rowOf(ListWorkbooks.rows(list.export(STATION)), "S-5");
        Cell note = notFound.getCell(Column.NOTE.ordinal());
        assertThat(note.getType()).isEqualTo(CellType.STRING);
        assertThat(note.getFormula()).isNull();
        assertThat(note.asString()).isEqualTo("=HYPERLINK(\"http://x\") gọi +84912345678");
        assertThat(notFound.getCellText(Column.OUTCOME.ordinal())).isEqualTo("Không tìm thấy - NOT_FOUND");
        assertThat(ListWorkbooks.part(list.export(STATION), "xl/worksheets/sheet1.xml")).doesNotContain("<f>");
    }

    @Test
    void outcomeAndDecisionAreDropDownsAndTheItemColumnsAreHidden() {
        String sheet = ListWorkbooks.part(list.export(STATION), "xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("<dataValidation").contains("type=\"list\"")
                .contains("Chuyển đi - MOVED_AWAY").contains("Xác nhận - CONFIRM");
        assertThat(sheet).containsPattern("<col min=\"1\" max=\"1\"[^>]*hidden=\"true\"");
        assertThat(sheet).containsPattern("<col min=\"2\" max=\"2\"[^>]*hidden=\"true\"");
    }

    @Test
    void thePoliceSeeSuggestionsWholeAndAVillageTeamOnlyItsItems() {
        Row mismatch = ListWorkbooks.rowOf(ListWorkbooks.rows(list.export(POLICE)), "S-2");
        assertThat(mismatch.getCellText(Column.SUGGESTED_ID_NUMBER.ordinal())).isEqualTo("001187054321");
        List<Row> village = ListWorkbooks.rows(list.export(VILLAGE));
        assertThat(village.subList(1, village.size()).stream()
                .map(row -> row.getCellText(Column.SUBJECT_ID.ordinal()))).containsExactly("S-3");
    }

    @Test
    void anotherCommunesStationGetsNotFound() {
        as(FOREIGN_STATION).get(list.path() + "/spreadsheet").then().statusCode(404).body("code",
                org.hamcrest.Matchers.equalTo("NOT_FOUND"));
    }
}
