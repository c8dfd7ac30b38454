package vn.vaxpass.issuance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.access.Reach;
import vn.vaxpass.certificate.CertificateConfig;
import vn.vaxpass.certificate.CertificateIdentifiers;
import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.shared.FieldError;
import vn.vaxpass.certificate.InvalidCertificateDataException;
import vn.vaxpass.certificate.IssuedCertificate;
import vn.vaxpass.certificate.UnsignedCertificate;
import vn.vaxpass.shared.ValidityWindow;

/**
 * A subject's certificate on request: a function of the verified record and its confirmed doses, the validity window
 * containing the request's time, and the signing key. The same window and record give the same certificate (signed
 * once and kept, {@link SignOncePerWindow}: byte-identical whatever the signer); the next window gives a new one.
 *
 * <p>The steps: load the record → may the caller see it → is it eligible → the window (anchored at the first
 * signature, written once) → the engine's record → the UVCI derived from subject, version, window and the
 * certified dose's content → the CWT → the signature kept for that CWT and key, or a new one → note the UVCI as
 * handed out (once; revocation derives from it).
 */
@ApplicationScoped
public class CertificateOnDemand {

    private final CertificateStore records;
    private final CertificateIssuer issuer;
    private final SignOncePerWindow signatures;
    private final CertificateIdentifiers identifiers;
    private final String issuerName;

    @Inject
    public CertificateOnDemand(CertificateStore records, CertificateIssuer issuer, SignOncePerWindow signatures,
            CertificateIdentifiers identifiers, CertificateConfig config) {
        this(records, issuer, signatures, identifiers, config.issuer());
    }

    public CertificateOnDemand(CertificateStore records, CertificateIssuer issuer, SignOncePerWindow signatures,
            CertificateIdentifiers identifiers, String issuerName) {
        this.records = records;
        this.issuer = issuer;
        this.signatures = signatures;
        this.identifiers = identifiers;
        this.issuerName = issuerName;
    }

    /**
     * @return a failed Uni with {@link SubjectNotFoundException} when there is no such subject for this caller,
     *     {@link NotEligibleException} when the subject cannot have a certificate now
     */
    public Uni<IssuedCertificate> certificate(String subjectId, Reach caller, Instant now) {
        return certificate(subjectId, caller, now, now);
    }

    /**
     * The certificate of the window containing {@code at}, made at {@code now}: what a request at {@code at} would be
     * served, byte for byte with a deterministic signer (renewal computes the next window's ahead of time). Noted as
     * handed out at {@code now}.
     */
    public Uni<IssuedCertificate> certificate(String subjectId, Reach caller, Instant at, Instant now) {
        // The kept certificates are read beside the record: a kept one then costs no round trip more.
        return Uni.combine().all().unis(records.load(subjectId, now), signatures.kept(List.of(subjectId))).asTuple()
                .chain(loaded -> prepare(loaded.getItem1().filter(subject -> reaches(caller, subject))
                        .orElseThrow(SubjectNotFoundException::new), at, now)
                        .chain(prepared -> signatures.certificate(subjectId, prepared.unsigned(), loaded.getItem2(), now)
                                .map(certificate -> prepared.issued(certificate, now))))
                .chain(issued -> issued.note() == null ? Uni.createFrom().item(issued.certificate())
                        : records.served(issued.note()).replaceWith(issued.certificate()));
    }

    /** One certificate of a batch: the subject, and the time whose window it covers. */
    public record Request(String subjectId, Instant at) {
    }

    /**
     * What a request of a batch gave: the certificate, or the refusal the single request would have failed with
     * ({@link SubjectNotFoundException}, {@link NotEligibleException}).
     */
    public record Result(IssuedCertificate certificate, RuntimeException refusal) {
    }

    /**
     * As {@link #certificate(String, Reach, Instant, Instant)} for many subjects in a few round trips: the
     * records and their kept certificates read together, the new ones kept in one statement, the certificates
     * handed out noted in one statement. The results are in the requests' order; a refusal is the
     * request's own, any other failure (the database, KMS) fails the whole batch.
     */
    public Uni<List<Result>> certificates(List<Request> requests, Reach caller, Instant now) {
        if (requests.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<String> subjectIds = requests.stream().map(Request::subjectId).distinct().toList();
        return Uni.combine().all().unis(records.loadAll(subjectIds, now), signatures.kept(subjectIds)).asTuple()
                .chain(loaded -> issueAll(requests, caller, loaded.getItem1(), loaded.getItem2(), now))
                .chain(this::noteServed);
    }

    /** The batch's results, once the certificates handed out for the first time are noted, in one statement. */
    private Uni<List<Result>> noteServed(List<Issued> issued) {
        List<ServedCertificate> notes = issued.stream().map(Issued::note).filter(Objects::nonNull).toList();
        List<Result> results = issued.stream().map(i -> new Result(i.certificate(), i.refusal())).toList();
        return notes.isEmpty() ? Uni.createFrom().item(results) : records.servedAll(notes).replaceWith(results);
    }

    private Uni<List<Issued>> issueAll(List<Request> requests, Reach caller, Map<String, SubjectRecord> subjects,
            Map<SignedCertificateStore.Key, String> kept, Instant now) {
        List<Uni<Prepared>> each = new ArrayList<>(requests.size());
        for (Request request : requests) {
            SubjectRecord subject = subjects.get(request.subjectId());
            each.add(subject == null || !reaches(caller, subject)
                    ? Uni.createFrom().failure(new SubjectNotFoundException())
                    : Uni.createFrom().deferred(() -> prepare(subject, request.at(), now)));
        }
        return Uni.join().all(each.stream().map(CertificateOnDemand::refusalAsItem).toList()).andFailFast()
                .chain(prepared -> signAll(prepared, kept, now));
    }

    /** Whether the caller may have the subject's certificate: asked with the facilities that gave its doses. */
    private static boolean reaches(Reach caller, SubjectRecord subject) {
        return caller.reachesCertificateOf(subject.subjectId(),
                subject.doses().stream().map(dose -> dose.content().facilityCode()).toList());
    }

    /** A certificate made, with the note to write when it was not handed out before; or the request's refusal. */
    private record Issued(IssuedCertificate certificate, ServedCertificate note, RuntimeException refusal) {
    }

    /**
     * A request ready to be signed: its record, window and what a signature would cover; or the request's refusal.
     */
    private record Prepared(SubjectRecord subject, CertifiedRecord record, ValidityWindow window,
            UnsignedCertificate unsigned, RuntimeException refusal) {

        /** The certificate, with the note to write when it was not handed out before. */
        Issued issued(IssuedCertificate certificate, Instant now) {
            String uvci = certificate.uvci();
            if (subject.servedUvcis().contains(uvci)) {
                return new Issued(certificate, null, null);
            }
            return new Issued(certificate, new ServedCertificate(uvci, subject.subjectId(), subject.version(), window,
                    record.certifiedDose().id(), record.certifiedDose().currentHash(), now), null);
        }
    }

    private static Uni<Prepared> refusalAsItem(Uni<Prepared> prepared) {
        return prepared.onFailure(failure -> failure instanceof SubjectNotFoundException
                || failure instanceof NotEligibleException)
                .recoverWithItem(failure -> new Prepared(null, null, null, null, (RuntimeException) failure));
    }

    /** The batch's certificates, in its order: the kept ones as read with the records, the others signed and kept together. */
    private Uni<List<Issued>> signAll(List<Prepared> prepared, Map<SignedCertificateStore.Key, String> kept,
            Instant now) {
        List<Prepared> ready = prepared.stream().filter(p -> p.refusal() == null).toList();
        List<SignOncePerWindow.Request> signing = ready.stream()
                .map(p -> new SignOncePerWindow.Request(p.subject().subjectId(), p.unsigned())).toList();
        return signatures.certificates(signing, kept, now).map(certificates -> {
            List<Issued> issued = new ArrayList<>(prepared.size());
            int next = 0;
            for (Prepared p : prepared) {
                issued.add(p.refusal() != null ? new Issued(null, null, p.refusal())
                        : p.issued(certificates.get(next++), now));
            }
            return issued;
        });
    }

    private Uni<Prepared> prepare(SubjectRecord subject, Instant at, Instant now) {
        List<Ineligibility> reasons = EligibilityPolicy.reasons(subject);
        if (!reasons.isEmpty()) {
            return Uni.createFrom().failure(new NotEligibleException(reasons));
        }
        CertifiedRecord record = CertifiedRecord.of(subject, issuerName);
        Uni<Instant> anchor = subject.windowAnchor().map(a -> Uni.createFrom().item(a))
                .orElseGet(() -> records.anchor(subject.subjectId(), now.truncatedTo(ChronoUnit.SECONDS)));
        return anchor.map(a -> unsigned(subject, record, AnchoredWindows.containing(a, at), now));
    }

    private Prepared unsigned(SubjectRecord subject, CertifiedRecord record, ValidityWindow window, Instant now) {
        String uvci = uvci(subject, record, window);
        try {
            return new Prepared(subject, record, window, issuer.prepare(record.record(), uvci, window.issuedAt(), now),
                    null);
        } catch (InvalidCertificateDataException e) {
            throw new NotEligibleException(e.errors().stream().map(CertificateOnDemand::notCertifiable).toList());
        }
    }

    /** Stable within a window and a record version; another subject, version, window or dose content, another UVCI. */
    String uvci(SubjectRecord subject, CertifiedRecord record, ValidityWindow window) {
        return identifiers.derive(subject.subjectId(), Integer.toString(subject.version()),
                Long.toString(window.issuedAt().getEpochSecond()),
                HexFormat.of().formatHex(record.certifiedDose().currentHash()));
    }

    private static Ineligibility notCertifiable(FieldError error) {
        return new Ineligibility(EligibilityReason.RECORD_NOT_CERTIFIABLE, error.field(),
                "The record cannot be put on a certificate as it is: " + error.message());
    }
}
