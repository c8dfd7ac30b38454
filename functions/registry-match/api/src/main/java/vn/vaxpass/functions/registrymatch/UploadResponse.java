package vn.vaxpass.functions.registrymatch;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

import vn.vaxpass.imports.ImportResult;

/**
 * An upload that started a job: the job, what the import did, and the first refused rows (the subject id is the only
 * value of a row shown: the answer goes back to the clerk who sent the file).
 */
@RegisterForReflection
@Schema(description = "An uploaded subjects.csv: the job for its imported rows, and the rows refused")
public record UploadResponse(JobResponse job, Imported imported,
        @Schema(description = "The first " + RowErrors.LISTED + " refused rows; imported.rowErrors counts them all")
        List<RowErrors.RowError> rowErrors) {

    @RegisterForReflection
    public record Imported(long rowsRead, long inserted, long updated, long unchanged, long rowErrors) {

        static Imported of(ImportResult result) {
            return new Imported(result.rowsRead(), result.inserted(), result.updated(), result.unchanged(),
                    result.rowErrors());
        }
    }
}
