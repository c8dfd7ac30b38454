package vn.vaxpass.functions.sign;

import java.time.LocalDate;

import io.quarkus.runtime.annotations.RegisterForReflection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The day whose doses the facility confirms. */
@RegisterForReflection
public record ConfirmationRequest(
        @Schema(description = "The vaccination day (YYYY-MM-DD)", example = "2021-09-14") LocalDate day) {
}
