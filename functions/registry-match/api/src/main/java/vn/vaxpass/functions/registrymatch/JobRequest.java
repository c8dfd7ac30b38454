package vn.vaxpass.functions.registrymatch;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A job for every subject of a commune or a province: {@code {"scope": "commune", "code": "00001"}}. */
@RegisterForReflection
@Schema(description = "Every subject of one commune or province")
public record JobRequest(
        @Schema(description = "commune or province", required = true, example = "commune") String scope,
        @Schema(description = "GSO code: five digits for a commune, two for a province", required = true,
                example = "00001") String code) {
}
