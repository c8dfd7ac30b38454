package vn.vaxpass.functions.correction.sheet;

import java.util.List;

import vn.vaxpass.correction.ItemWork;
import vn.vaxpass.correction.Outcome;
import vn.vaxpass.correction.SubjectValues;

/**
 * One item's row as read from a workbook: which item at which version, what the village team or police wrote (ID
 * numbers and dates already repaired where a repair is unambiguous, each repair a warning), and what made cells
 * unreadable (errors: the row is not applied).
 */
public record SheetRow(int number, Long itemId, Integer itemVersion, SubjectValues values, Outcome outcome,
        ItemWork.Decision decision, String note, List<RowIssue> errors, List<RowIssue> warnings) {

    /** Nothing written in the columns a village team or the police fill in. */
    public boolean isBlank() {
        return values.isEmpty() && outcome == null && decision == null && note == null;
    }

    /**
     * An empty row, perhaps formatted or with only what the system knows typed in: no item, nothing filled in, no
     * error but the missing item id. Nothing to apply, nothing to report.
     */
    public boolean isEmpty() {
        return itemId == null && isBlank() && errors.size() <= 1;
    }
}
