package vn.vaxpass.functions.lookup;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A bearer token for one record's certificate, until it expires, and where to fetch the certificate with it. */
public record CitizenSession(
        @Schema(description = "Send as Authorization: Bearer <token> to the certificate URL") String token,
        Instant expiresAt,
        @Schema(example = "/v1/subjects/VN-0001/certificate") String certificateUrl) {
}
