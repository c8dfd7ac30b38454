package vn.vaxpass.functions.registrymatch;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

import vn.vaxpass.shared.FieldError;
import vn.vaxpass.csv.CsvErrorReport;

/** Keeps the first refused rows of an upload for the answer, however many there are. */
final class RowErrors implements CsvErrorReport.Listener {

    /** Rows listed in an answer: enough to fix a file, small enough for any answer. */
    static final int LISTED = 100;

    @RegisterForReflection
    public record RowError(long line, String code, String subjectId, String message) {
    }

    private final List<RowError> first = new ArrayList<>();

    @Override
    public void refused(long line, String code, String key, String message) {
        if (first.size() < LISTED) {
            first.add(new RowError(line, code, key == null || key.isEmpty() ? null : key, message));
        }
    }

    List<RowError> listed() {
        return List.copyOf(first);
    }

    /** The rows as a problem's errors: field {@code line N}. */
    List<FieldError> asFieldErrors() {
        return first.stream().map(error -> new FieldError("line " + error.line(), error.code(), error.message())).toList();
    }
}
