package vn.vaxpass.functions.sign;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

import vn.vaxpass.certificate.IssuedCertificate;

/** A certificate as a page shows it beside its QR code: which one (UVCI), when it is valid, and its HC1 text. */
@RegisterForReflection
public record CertificateSummary(String uvci, Instant validFrom, Instant validUntil, String hc1) {

    static CertificateSummary of(IssuedCertificate certificate) {
        return new CertificateSummary(certificate.uvci(), certificate.validity().issuedAt(),
                certificate.validity().expiresAt(), certificate.hc1());
    }
}
