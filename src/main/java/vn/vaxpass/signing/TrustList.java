package vn.vaxpass.signing;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.vaxpass.signing.CoseSignatureVerifier;

/**
 * The DSCs a verifier trusts, found by kid. Several certificates may share a kid (8 bytes of a hash),
 * so a lookup returns every candidate. Immutable and thread-safe; each key's verifier is built once.
 */
public final class TrustList {

    private final Map<KidKey, List<TrustedSigner>> byKid;
    private final List<TrustedSigner> signers;

    private TrustList(Collection<X509Certificate> certificates) {
        List<TrustedSigner> all = new ArrayList<>();
        Map<KidKey, List<TrustedSigner>> index = new HashMap<>();
        for (X509Certificate certificate : certificates) {
            TrustedSigner signer = new TrustedSigner(certificate, KeyIdentifier.of(certificate),
                    new CoseSignatureVerifier(certificate.getPublicKey()));
            all.add(signer);
            index.computeIfAbsent(new KidKey(signer.kid()), k -> new ArrayList<>()).add(signer);
        }
        this.signers = List.copyOf(all);
        this.byKid = Map.copyOf(index);
    }

    public static TrustList of(Collection<X509Certificate> certificates) {
        return new TrustList(certificates);
    }

    public static TrustList of(X509Certificate... certificates) {
        return new TrustList(Arrays.asList(certificates));
    }

    public static TrustList fromEntries(Collection<TrustListEntry> entries) {
        return new TrustList(entries.stream().map(TrustListEntry::certificate).toList());
    }

    public List<TrustedSigner> findByKid(byte[] kid) {
        return byKid.getOrDefault(new KidKey(kid), List.of());
    }

    public List<TrustedSigner> signers() {
        return signers;
    }

    public List<TrustListEntry> entries() {
        return signers.stream().map(s -> TrustListEntry.of(s.certificate())).toList();
    }

    /** A trusted DSC with its kid and its ready-made signature verifier. */
    public record TrustedSigner(X509Certificate certificate, byte[] kid, CoseSignatureVerifier verifier) {
    }

    private record KidKey(byte[] kid) {
        @Override
        public boolean equals(Object other) {
            return other instanceof KidKey k && Arrays.equals(kid, k.kid);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(kid);
        }
    }
}
