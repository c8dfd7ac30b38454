package vn.vaxpass.issuance;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One entry of the revocation list: the certificate's {@link vn.vaxpass.certificate.revocation.RevocationHash} and
 * when the certificate expires (after that it needs no listing). No UVCI, no subject: the list is public.
 */
@RegisterForReflection
public record RevokedCertificate(String hash, Instant expires) {
}
