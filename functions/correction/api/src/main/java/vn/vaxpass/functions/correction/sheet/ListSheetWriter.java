package vn.vaxpass.functions.correction.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.vaxpass.correction.ItemState;
import vn.vaxpass.correction.ItemWork;
import vn.vaxpass.correction.Outcome;
import vn.vaxpass.correction.WorkRole;
import vn.vaxpass.functions.correction.ItemResponse;
import vn.vaxpass.functions.correction.ListResponse;
import vn.vaxpass.functions.correction.sheet.ListSheet.Column;

/**
 * Writes a list as the caller sees it (the JSON's items, suggested ID numbers already masked or whole for the role)
 * into an .xlsx: what the system knows shaded grey, what the village team or police fill in left white, the outcome and
 * decision as drop-downs. Every value is a string cell or a date cell, never a formula, so {@code =…} and {@code +84…}
 * stay text; the ID number columns are text-formatted so a typed leading zero stays.
 */
public final class ListSheetWriter {

    static final String KNOWN_FILL = "D9D9D9";
    static final String HEADER_FILL = "BDD7EE";
    static final String FILLED_HEADER_FILL = "FFF2CC";
    private static final String APPLICATION = "Vaxpass";
    private static final String APPLICATION_VERSION = "1.0";
    private static final ItemResponse.Values NONE = new ItemResponse.Values(null, null, null, null);

    private ListSheetWriter() {
    }

    /** The workbook for this list, its items as seen by a caller of this role. */
    public static byte[] write(ListResponse list, WorkRole role) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, APPLICATION, APPLICATION_VERSION)) {
            workbook.properties().setTitle("Danh sách rà soát xã " + list.communeCode())
                    .setTextProperty("vaxpassListId", list.id().toString())
                    .setTextProperty("vaxpassListVersion", Integer.toString(list.version()));
            Worksheet items = workbook.newWorksheet(ListSheet.ITEMS_SHEET);
            headers(items);
            int row = ListSheet.HEADER_ROW + 1;
            for (ItemResponse item : list.items()) {
                item(items, row++, item, role);
            }
            dropDowns(items, list.items().size());
            layout(items);
            about(workbook.newWorksheet(ListSheet.ABOUT_SHEET), list, role);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void headers(Worksheet sheet) {
        for (Column column : Column.values()) {
            sheet.value(ListSheet.HEADER_ROW, column.ordinal(), column.header());
            sheet.style(ListSheet.HEADER_ROW, column.ordinal()).bold().wrapText(true)
                    .fillColor(column.part() == ListSheet.Part.FILLED ? FILLED_HEADER_FILL : HEADER_FILL).set();
        }
    }

    private static void item(Worksheet sheet, int row, ItemResponse item, WorkRole role) {
        text(sheet, row, Column.ITEM_ID, Long.toString(item.id()));
        text(sheet, row, Column.ITEM_VERSION, Integer.toString(item.version()));
        text(sheet, row, Column.SUBJECT_ID, item.subjectId());
        ItemResponse.Values recorded = item.subject() == null ? NONE : item.subject();
        text(sheet, row, Column.FULL_NAME, recorded.fullName());
        date(sheet, row, Column.DATE_OF_BIRTH, recorded.dateOfBirth());
        text(sheet, row, Column.GENDER, genderLabel(recorded.gender()));
        text(sheet, row, Column.ID_NUMBER, recorded.idNumber());
        text(sheet, row, Column.VILLAGE, item.village());
        text(sheet, row, Column.STATE, ReportLabels.label(ReportLabels.STATES, item.state()));
        text(sheet, row, Column.PROBLEM, ReportLabels.label(ReportLabels.CHECKS, item.problem()));
        text(sheet, row, Column.MISMATCHED_FIELDS, item.mismatchedFields());
        if (item.suggestion() != null) {
            text(sheet, row, Column.SUGGESTED_ID_NUMBER, item.suggestion().idNumber());
            text(sheet, row, Column.CONFIDENCE, item.suggestion().confidence() == null ? null
                    : item.suggestion().confidence().toPlainString());
        }

        boolean police = role == WorkRole.POLICE;
        ItemResponse.Values values = police && item.decision() != null ? item.decision()
                : item.proposal() == null ? NONE : item.proposal();
        text(sheet, row, Column.NEW_FULL_NAME, values.fullName());
        date(sheet, row, Column.NEW_DATE_OF_BIRTH, values.dateOfBirth());
        text(sheet, row, Column.NEW_GENDER, genderLabel(values.gender()));
        text(sheet, row, Column.NEW_ID_NUMBER, values.idNumber());
        text(sheet, row, Column.OUTCOME, item.outcome() == null ? null
                : ListSheet.labelOf(ListSheet.OUTCOMES_SHOWN, Outcome.valueOf(item.outcome())));
        ItemWork.Decision decision = decisionOf(ItemState.valueOf(item.state()));
        text(sheet, row, Column.DECISION, decision == null ? null : ListSheet.labelOf(ListSheet.DECISIONS, decision));
        text(sheet, row, Column.NOTE, police ? item.rejectionReason() : item.note());
        for (Column column : List.of(Column.ID_NUMBER, Column.SUGGESTED_ID_NUMBER, Column.NEW_ID_NUMBER)) {
            sheet.style(row, column.ordinal()).format(SheetWriting.TEXT_FORMAT).set();
        }
        for (Column column : Column.values()) {
            if (column.part() == ListSheet.Part.KNOWN) {
                sheet.style(row, column.ordinal()).fillColor(KNOWN_FILL).set();
            }
        }
    }

    /** The decision an item's state records, or null before one. */
    static ItemWork.Decision decisionOf(ItemState state) {
        return switch (state) {
            case CONFIRMED -> ItemWork.Decision.CONFIRM;
            case CORRECTED -> ItemWork.Decision.CORRECT;
            case REJECTED -> ItemWork.Decision.REJECT;
            default -> null;
        };
    }

    private static void dropDowns(Worksheet sheet, int items) {
        if (items == 0) {
            return;
        }
        int first = ListSheet.HEADER_ROW + 1;
        int last = ListSheet.HEADER_ROW + items;
        sheet.range(first, Column.OUTCOME.ordinal(), last, Column.OUTCOME.ordinal())
                .validateWithListByFormula(inline(ListSheet.OUTCOMES.stream().map(ListSheet.Choice::label).toList()))
                .allowBlank(true).showErrorMessage(true).errorTitle("Kết quả / Outcome")
                .error("Chọn một kết quả trong danh sách. / Choose an outcome from the list.");
        sheet.range(first, Column.DECISION.ordinal(), last, Column.DECISION.ordinal())
                .validateWithListByFormula(inline(ListSheet.DECISIONS.stream().map(ListSheet.Choice::label).toList()))
                .allowBlank(true).showErrorMessage(true).errorTitle("Quyết định / Decision")
                .error("Chọn một quyết định trong danh sách. / Choose a decision from the list.");
    }

    /** A list validation's inline source: the labels, comma-separated, in double quotes. */
    private static String inline(List<String> labels) {
        return labels.stream().collect(Collectors.joining(",", "\"", "\""));
    }

    private static void layout(Worksheet sheet) {
        sheet.hideColumn(Column.ITEM_ID.ordinal());
        sheet.hideColumn(Column.ITEM_VERSION.ordinal());
        sheet.freezePane(Column.FULL_NAME.ordinal() + 1, ListSheet.HEADER_ROW + 1);
        for (Column column : Column.values()) {
            sheet.width(column.ordinal(), column.part() == ListSheet.Part.FILLED ? 24 : 18);
        }
        sheet.rowHeight(ListSheet.HEADER_ROW, 45);
    }

    private static void about(Worksheet sheet, ListResponse list, WorkRole role) {
        String[][] rows = {
            {ListSheet.KEY_FORMAT, ListSheet.FORMAT},
            {ListSheet.KEY_LIST_ID, list.id().toString()},
            {ListSheet.KEY_LIST_VERSION, Integer.toString(list.version())},
            {ListSheet.KEY_ROLE, role.name()},
        };
        for (int i = 0; i < rows.length; i++) {
            sheet.value(i, 0, rows[i][0]);
            sheet.value(i, 1, rows[i][1]);
        }
        sheet.setVisibilityState(VisibilityState.VERY_HIDDEN);
    }

    private static void text(Worksheet sheet, int row, Column column, String value) {
        SheetWriting.text(sheet, row, column.ordinal(), value);
    }

    private static void date(Worksheet sheet, int row, Column column, String value) {
        SheetWriting.birthDate(sheet, row, column.ordinal(), value);
    }

    static String genderLabel(String gender) {
        if (gender == null) {
            return null;
        }
        return switch (gender) {
            case "M" -> "Nam";
            case "F" -> "Nữ";
            default -> gender;
        };
    }

}
