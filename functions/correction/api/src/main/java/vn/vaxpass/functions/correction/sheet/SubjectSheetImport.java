package vn.vaxpass.functions.correction.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

import vn.vaxpass.correction.Actor;
import vn.vaxpass.correction.SubjectImport;
import vn.vaxpass.correction.SubjectValues;
import vn.vaxpass.functions.correction.sheet.SubjectSheet.Column;
import vn.vaxpass.shared.FieldError;

/**
 * The station's ID-number import from an .xlsx or CSV: who may (before the file is opened), the file's bounds and rows
 * (read off the event loop), each row's values checked as a direct edit's are, then the workflow's
 * {@link SubjectImport} for the rows that can apply. Rows that cannot are reported one by one; the others apply.
 */
@ApplicationScoped
public class SubjectSheetImport {

    private final SubjectImport imports;
    private final Vertx vertx;

    @Inject
    public SubjectSheetImport(SubjectImport imports, Vertx vertx) {
        this.imports = imports;
        this.vertx = vertx;
    }

    public Uni<SubjectImportReport> apply(Actor actor, String communeCode, byte[] upload) {
        return imports.mayImport(actor, communeCode)
                .chain(() -> vertx.executeBlocking(Uni.createFrom().item(() -> SubjectFile.read(upload))))
                .chain(file -> apply(actor, communeCode, file));
    }

    private Uni<SubjectImportReport> apply(Actor actor, String communeCode, SubjectFile file) {
        List<RowIssue> errors = new ArrayList<>();
        List<RowIssue> warnings = new ArrayList<>();
        List<SubjectImport.Line> lines = new ArrayList<>();
        for (SubjectRow row : file.rows()) {
            warnings.addAll(row.warnings());
            if (!row.errors().isEmpty()) {
                errors.addAll(row.errors());
                continue;
            }
            SubjectValues.Checked checked = row.values().checked();
            if (!checked.isValid()) {
                checked.errors().forEach(error -> errors.add(onColumn(row.number(), error, file.columns())));
                continue;
            }
            lines.add(new SubjectImport.Line(row.number(), row.subjectId(), checked.values()));
        }
        return imports.apply(actor, communeCode, file.rows().size(), lines).map(result -> {
            Integer subjectColumn = file.columns().get(Column.SUBJECT_ID);
            result.refused().forEach(refused -> errors.add(RowIssue.under(refused.row(), subjectColumn,
                    Column.SUBJECT_ID.header(), refused.code(), refused.message())));
            errors.sort(Comparator.comparingInt(RowIssue::row));
            Set<Integer> refusedRows = new HashSet<>();
            errors.forEach(error -> refusedRows.add(error.row()));
            int changed = (int) result.changed();
            return new SubjectImportReport(communeCode, file.rows().size(), changed, result.done().size() - changed,
                    refusedRows.size(), List.copyOf(errors), List.copyOf(warnings),
                    result.done().stream().filter(SubjectImport.Done::changed).toList());
        });
    }

    /** A field's error on the column that holds it (the row, when the file has no such column). */
    private static RowIssue onColumn(int row, FieldError error, Map<Column, Integer> columns) {
        Column column = switch (error.field()) {
            case "fullName" -> Column.FULL_NAME;
            case "dateOfBirth" -> Column.DATE_OF_BIRTH;
            case "gender" -> Column.GENDER;
            default -> Column.ID_NUMBER;
        };
        Integer index = columns.get(column);
        return RowIssue.under(row, index == null ? -1 : index, column.header(), error.code(), error.message());
    }
}
