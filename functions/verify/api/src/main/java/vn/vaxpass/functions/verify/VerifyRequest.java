package vn.vaxpass.functions.verify;

import io.quarkus.runtime.annotations.RegisterForReflection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A certificate to verify, as the text inside its QR code. */
@RegisterForReflection
public record VerifyRequest(
        @Schema(description = "The HC1 text read from the QR code", example = "HC1:NCFOXN%TS3DH...") String hc1) {
}
