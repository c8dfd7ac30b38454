package vn.vaxpass.certificate.revocation;

import java.util.Optional;
import java.util.Set;

/**
 * The revocation list as a verifier has it now: the {@link RevocationHash} of every revoked certificate, or nothing
 * when no list is at hand. Two kinds: the verify function's list, fetched over HTTP from the deployment's public
 * {@code /v1/revocations} and cached; and {@link #NONE}, where no list is configured (the offline command line).
 */
@FunctionalInterface
public interface RevokedHashes {

    /** No list: the verifier checks no revocation and says so. */
    RevokedHashes NONE = Optional::empty;

    /** The hashes revoked now; empty when no list is at hand (none configured, or none fetched yet). */
    Optional<Set<String>> current();

    /** A fixed list, as a verifier that has just read one holds it. */
    static RevokedHashes of(Set<String> hashes) {
        Optional<Set<String>> list = Optional.of(Set.copyOf(hashes));
        return () -> list;
    }
}
