package vn.vaxpass.issuance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import vn.vaxpass.certificate.CertificateConfig;
import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.certificate.IssuedCertificate;
import vn.vaxpass.certificate.UnsignedCertificate;

/**
 * The policy "sign once per subject, window and content": a certificate already signed for exactly what would be
 * signed now, with the key that signs now, and not revoked, is handed out again ({@link SignedCertificateStore});
 * otherwise it is signed and kept. KMS's quota for ECC signing (a few hundred requests per second per account and
 * region) then bounds the rate of new certificates, not of requests.
 *
 * <p>Never the source of truth: what is signed is computed from the record on every request, and the kept signature
 * is only reused for those very bytes. A correction or a re-confirmed dose changes the UVCI and so the content; a new
 * signing key changes the kid; either replaces the row. A signature is made off the event loop (KMS is a blocking
 * HTTP call, retried with back-off when throttled).
 */
@ApplicationScoped
public class SignOncePerWindow {

    private final SignedCertificateStore signed;
    private final CertificateIssuer issuer;
    private final boolean keep;

    @Inject
    public SignOncePerWindow(SignedCertificateStore signed, CertificateIssuer issuer, CertificateConfig config) {
        this(signed, issuer, config.signOnce());
    }

    /** @param keep false: sign on every request and keep nothing (the behaviour before the cache) */
    public SignOncePerWindow(SignedCertificateStore signed, CertificateIssuer issuer, boolean keep) {
        this.signed = signed;
        this.issuer = issuer;
        this.keep = keep;
    }

    /**
     * The subjects' kept certificates that the key signing now may hand out, to pass to {@link #certificate} or
     * {@link #certificates}: read beside the subjects' records. Empty, without a query, when nothing is kept.
     */
    public Uni<Map<SignedCertificateStore.Key, String>> kept(Collection<String> subjectIds) {
        return keep ? signed.keptFor(subjectIds, issuer.signer().kid()) : Uni.createFrom().item(Map.of());
    }

    /**
     * The subject's certificate of this content: the one kept for it ({@code kept}, from {@link #kept}), else a new
     * signature, kept.
     */
    public Uni<IssuedCertificate> certificate(String subjectId, UnsignedCertificate unsigned,
            Map<SignedCertificateStore.Key, String> kept, Instant now) {
        if (!keep) {
            return signNow(unsigned);
        }
        String found = kept.get(SignedCertificateStore.Key.of(subjectId, unsigned));
        if (found != null) {
            return Uni.createFrom().item(issuer.signed(unsigned, found));
        }
        byte[] contentHash = unsigned.contentHash();
        return signNow(unsigned).chain(made -> signed.keep(subjectId, made, contentHash, now)
                .map(first -> first.equals(made.hc1()) ? made : issuer.signed(unsigned, first)));
    }

    /** One certificate of a batch: the subject and what its signature would cover. */
    public record Request(String subjectId, UnsignedCertificate unsigned) {
    }

    /**
     * As {@link #certificate} for many, in the requests' order: the missing ones signed (concurrently, the same
     * content once) and kept in one statement.
     */
    public Uni<List<IssuedCertificate>> certificates(List<Request> requests, Map<SignedCertificateStore.Key, String> kept,
            Instant now) {
        if (requests.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        if (!keep) {
            return Uni.join().all(requests.stream().map(r -> signNow(r.unsigned())).toList()).andFailFast();
        }
        List<SignedCertificateStore.Key> keys = requests.stream()
                .map(r -> SignedCertificateStore.Key.of(r.subjectId(), r.unsigned())).toList();
        boolean[] fresh = new boolean[requests.size()];
        Map<SignedCertificateStore.Key, Uni<IssuedCertificate>> signing = new HashMap<>();
        List<Uni<IssuedCertificate>> each = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            String hc1 = kept.get(keys.get(i));
            UnsignedCertificate unsigned = requests.get(i).unsigned();
            fresh[i] = hc1 == null;
            each.add(fresh[i] ? signing.computeIfAbsent(keys.get(i), key -> signNow(unsigned).memoize().indefinitely())
                    : Uni.createFrom().item(issuer.signed(unsigned, hc1)));
        }
        return Uni.join().all(each).andFailFast()
                .chain(certificates -> keepFresh(requests, keys, fresh, certificates, now));
    }

    /** Keeps the certificates just signed; where another request kept one first, that one is handed out. */
    private Uni<List<IssuedCertificate>> keepFresh(List<Request> requests, List<SignedCertificateStore.Key> keys,
            boolean[] fresh, List<IssuedCertificate> certificates, Instant now) {
        Map<SignedCertificateStore.Key, IssuedCertificate> made = new LinkedHashMap<>();
        for (int i = 0; i < certificates.size(); i++) {
            if (fresh[i]) {
                made.putIfAbsent(keys.get(i), certificates.get(i));
            }
        }
        if (made.isEmpty()) {
            return Uni.createFrom().item(certificates);
        }
        return signed.keepAll(made, now).map(handedOut -> {
            List<IssuedCertificate> result = new ArrayList<>(certificates);
            for (int i = 0; i < result.size(); i++) {
                String hc1 = fresh[i] ? handedOut.get(keys.get(i)) : null;
                if (hc1 != null && !hc1.equals(result.get(i).hc1())) {
                    result.set(i, issuer.signed(requests.get(i).unsigned(), hc1));
                }
            }
            return result;
        });
    }

    private Uni<IssuedCertificate> signNow(UnsignedCertificate unsigned) {
        return Uni.createFrom().item(() -> issuer.sign(unsigned)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
