package vn.vaxpass.functions.correction.sheet;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Something about one cell of an imported row, as the clerk finds it: the row number and column letter the
 * spreadsheet shows, the column's header, a stable code and a message to act on (Vietnamese first).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@RegisterForReflection
public record RowIssue(int row, String column, String header, String code, String message) {

    static RowIssue at(int row, int columnIndex, ListSheet.Column column, String code, String message) {
        return under(row, columnIndex, column == null ? null : column.header(), code, message);
    }

    /** On a column known by its header (a column of another layout than the list's); index -1 for the row. */
    static RowIssue under(int row, int columnIndex, String header, String code, String message) {
        return new RowIssue(row, columnIndex < 0 ? null : ListSheet.letterOf(columnIndex), header, code, message);
    }
}
