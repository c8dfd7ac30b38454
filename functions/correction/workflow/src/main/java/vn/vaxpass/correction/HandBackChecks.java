package vn.vaxpass.correction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Checks a hand-back as a whole: the server's document (which carries the decisions and their hash) and, where the
 * officer signed it, the officer's signature over that hash, which is then THE signature of the hand-back. Valid only
 * when both hold; the officer's signature alone proves nothing without the document whose hash it signs.
 */
@ApplicationScoped
public class HandBackChecks {

    /** Whose signature a hand-back rests on. */
    public enum SignedBy {
        /** The officer's own signature under a government CA certificate. */
        OFFICER,
        /** The server's hand-back key alone. */
        SERVER
    }

    /** The check of both: {@code problem} is the first failing code (the document's, else the officer's). */
    @RegisterForReflection
    public record Checked(boolean valid, SignedBy signedBy, String problem, HandBackDocument.Checked document,
            OfficerSignatures.Verdict officerSignature) {
    }

    private final HandBackDocument documents;
    private final OfficerSignatures signatures;

    @Inject
    public HandBackChecks(HandBackDocument documents, OfficerSignatures signatures) {
        this.documents = documents;
        this.signatures = signatures;
    }

    /** @param officerSignature the officer's CMS signature (base64), or null when the hand-back has none */
    public Checked check(String document, String officerSignature) {
        HandBackDocument.Checked server = documents.check(document);
        if (!server.valid()) {
            return new Checked(false, null, server.problem(), server, null);
        }
        if (officerSignature == null || officerSignature.isBlank()) {
            return new Checked(true, SignedBy.SERVER, null, server, null);
        }
        OfficerSignatures.Verdict officer = signatures.check(officerSignature, server.content().decisionsHash(),
                server.content().signedAt());
        return new Checked(officer.valid(), SignedBy.OFFICER, officer.problem(), server, officer);
    }
}
