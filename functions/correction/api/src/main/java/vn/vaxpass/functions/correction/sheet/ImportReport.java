package vn.vaxpass.functions.correction.sheet;

import java.util.List;
import java.util.UUID;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What an import did: how many rows were applied, unchanged (already so: importing a file twice changes nothing),
 * blank, or refused; every refused row's errors and every repair's warning, by row and column.
 */
@RegisterForReflection
public record ImportReport(UUID listId, String role, int applied, int unchanged, int blank, int refused,
        List<RowIssue> errors, List<RowIssue> warnings) {
}
