package vn.vaxpass.certificate.verify;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/** What an HC1 string says, before or regardless of whether it could be trusted. */
public record DecodedCertificate(Long algorithm, byte[] kid, String issuer, Instant issuedAt, Instant expiresAt,
        JsonNode dcc) {
}
