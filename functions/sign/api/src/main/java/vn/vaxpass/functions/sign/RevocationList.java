package vn.vaxpass.functions.sign;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.certificate.revocation.RevocationHash;
import vn.vaxpass.issuance.RevokedCertificate;

/**
 * The revocation list in the DCC gateway's batch shape: the issuing country, the hash type ({@code UCI}: the
 * first 128 bits of SHA-256 over the UVCI, Base64) and the entries, each with when its certificate expires.
 */
@RegisterForReflection
public record RevocationList(String country, String hashType, List<RevokedCertificate> entries) {

    public static RevocationList of(List<RevokedCertificate> entries) {
        return new RevocationList(CertificateIssuer.ISSUER_COUNTRY, RevocationHash.HASH_TYPE, entries);
    }
}
