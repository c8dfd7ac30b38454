/**
 * Revocation of certificates already handed out, in the DCC gateway's revocation format (hash type {@code UCI}):
 * {@link vn.vaxpass.certificate.revocation.RevocationHash} names a certificate on the list without its UVCI, and
 * {@link vn.vaxpass.certificate.revocation.RevokedHashes} is the list as a verifier holds it. {@code issuance}
 * publishes the list (which certificates a correction revoked); {@code verify} checks against it.
 *
 * <p>Depends on no other Vaxpass package, so that both the verifier and the issuing side may use it.
 */
package vn.vaxpass.certificate.revocation;
