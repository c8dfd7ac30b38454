package vn.vaxpass.functions.correction.sheet;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

import vn.vaxpass.correction.SubjectImport;

/**
 * What a station's ID-number import did: the rows read (each counted against the registry quota), how many changed a
 * subject, were unchanged (already so: importing a file twice changes nothing) or were refused; every refused row's
 * errors and every repair's warning, by row and column; and each changed subject's check after its re-match.
 */
@RegisterForReflection
public record SubjectImportReport(String communeCode, int rows, int applied, int unchanged, int refused,
        List<RowIssue> errors, List<RowIssue> warnings, List<SubjectImport.Done> changes) {
}
