package vn.vaxpass.correction;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The commune police attach an officer's own signature to a hand-back they signed: a CMS signature over the
 * decisions hash under a certificate of the government CA ({@link OfficerSignatures}). From then on it is the
 * hand-back's signature. Who may: the commune police of the list's commune, as for signing. The certificate cannot
 * be matched to the caller's account (a VGCA certificate names a person or a unit, a token names an account), so the
 * caller's role and commune are what is checked, and the certificate's subject and the caller's account are both
 * recorded for an auditor to compare. Only while the list is HANDED_BACK, not yet APPLIED (what the station applied
 * must be what was signed; an apply racing an attach bumps the hand-back's version, so one of them gets 409), and
 * once.
 */
@ApplicationScoped
public class OfficerSignatureAttachment {

    /** The hand-back already carries an officer's signature. */
    public static final String ALREADY_ATTACHED = "OFFICER_SIGNATURE_ALREADY_ATTACHED";

    private final OfficerSignatures signatures;

    @Inject
    public OfficerSignatureAttachment(OfficerSignatures signatures) {
        this.signatures = signatures;
    }

    public Uni<HandBack> attach(Actor actor, UUID listId, String signatureBase64) {
        return Panache.withTransaction(() -> Lists.locate(actor, listId, Action.SIGN).chain(located -> {
            located.require(ListState.HANDED_BACK, "gắn chữ ký số của cán bộ", "attach an officer's signature to a list"
                    + " not handed back");
            return HandBack.<HandBack>findById(listId).map(handBack -> {
                if (handBack.officerSignature != null) {
                    throw CorrectionProblem.conflict(ALREADY_ATTACHED, "Danh sách ký trả này đã có chữ ký số của cán"
                            + " bộ. / This hand-back already carries an officer's signature.", located.list().state);
                }
                OfficerSignatures.Verdict verdict = signatures.check(signatureBase64, handBack.decisionsHash,
                        handBack.signedAt);
                if (!verdict.valid()) {
                    throw refused(verdict.problem());
                }
                handBack.officerSignature = signatureBase64.strip();
                handBack.officerCertificateSubject = verdict.signer().subject();
                handBack.officerCertificateIssuer = verdict.signer().issuer();
                handBack.officerCertificateSerial = verdict.signer().serialNumber();
                handBack.officerSignedAt = verdict.signer().signedAt();
                handBack.officerSignatureAttachedBy = actor.account();
                return handBack;
            });
        }));
    }

    private static CorrectionProblem refused(String code) {
        return new CorrectionProblem(CorrectionProblem.Kind.INVALID, code, OfficerSignatureMessages.of(code), null,
                List.of());
    }
}
