package vn.vaxpass.functions.correction;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;

import vn.vaxpass.correction.Action;
import vn.vaxpass.correction.Applying;
import vn.vaxpass.correction.BulkConfirmation;
import vn.vaxpass.correction.CorrectionProblem;
import vn.vaxpass.correction.HandBack;
import vn.vaxpass.correction.HandBackChecks;
import vn.vaxpass.correction.HandBackSigning;
import vn.vaxpass.correction.Lists;
import vn.vaxpass.correction.OfficerSignatureAttachment;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.qr.QrEncoder;
import vn.vaxpass.qr.QrSvgWriter;

/**
 * The police's side of a list and its way back: bulk confirmation and the signed hand-back (commune-police), reading
 * the hand-back (any health role of the commune, the ministry), the officer's own signature over it (commune-police),
 * applying it (commune-health).
 */
@Path(ListsResource.PATH + "/{listId}")
@Tag(name = "correction")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class HandBacksResource {

    static final String SVG = "image/svg+xml";

    private final Callers callers;
    private final BulkConfirmation bulk;
    private final HandBackSigning signing;
    private final Applying applying;
    private final OfficerSignatureAttachment officerSignatures;

    @Inject
    public HandBacksResource(Callers callers, BulkConfirmation bulk, HandBackSigning signing, Applying applying,
            OfficerSignatureAttachment officerSignatures) {
        this.callers = callers;
        this.bulk = bulk;
        this.signing = signing;
        this.applying = applying;
        this.officerSignatures = officerSignatures;
    }

    /**
     * A hand-back as served: the signed document and what the record keeps of it. {@code signedBy} says whose
     * signature the hand-back rests on: OFFICER once the officer's own signature is attached (it is then THE
     * signature; the server's document stays, as it carries the decisions the hash is made of), else SERVER.
     */
    @RegisterForReflection
    public record HandBackResponse(UUID listId, String officer, Instant signedAt, String decisionsHash,
            String keyId, String document, Instant appliedAt, HandBackChecks.SignedBy signedBy,
            OfficerSignatureView officerSignature) {

        static HandBackResponse of(HandBack handBack) {
            return new HandBackResponse(handBack.listId, handBack.officer, handBack.signedAt, handBack.decisionsHash,
                    handBack.keyId, handBack.document, handBack.appliedAt,
                    handBack.officerSignature == null ? HandBackChecks.SignedBy.SERVER : HandBackChecks.SignedBy.OFFICER,
                    OfficerSignatureView.of(handBack));
        }
    }

    /** The officer's signature (CMS, base64), whose certificate made it, when, and which account attached it. */
    @RegisterForReflection
    public record OfficerSignatureView(String signature, String certificateSubject, String certificateIssuer,
            String certificateSerial, Instant signedAt, String attachedBy) {

        static OfficerSignatureView of(HandBack handBack) {
            return handBack.officerSignature == null ? null : new OfficerSignatureView(handBack.officerSignature,
                    handBack.officerCertificateSubject, handBack.officerCertificateIssuer,
                    handBack.officerCertificateSerial, handBack.officerSignedAt, handBack.officerSignatureAttachedBy);
        }
    }

    @POST
    @Path("bulk-confirmation")
    @RolesAllowed(Roles.COMMUNE_POLICE)
    @Operation(summary = "Accept every confident suggestion at once (commune-police)",
            description = "Each item WITH_POLICE whose suggestion has confidence ≥ 0.9 and that no village proposal"
                    + " contradicts becomes CORRECTED with the registry person's data. 409 ILLEGAL_TRANSITION unless"
                    + " the list is WITH_POLICE.")
    public Uni<BulkConfirmation.Result> confirm(@PathParam("listId") UUID listId) {
        return bulk.confirm(callers.actor(), listId);
    }

    @POST
    @Path("hand-back")
    @RolesAllowed(Roles.COMMUNE_POLICE)
    @Operation(summary = "Sign the decisions and hand the list back (commune-police)",
            description = "Every item must be decided (409 UNDECIDED_ITEMS). Returns the signed hand-back: a compact"
                    + " JWS (ES256) under a hand-back key, checkable against GET /v1/correction/hand-back-keys.")
    public Uni<HandBackResponse> sign(@PathParam("listId") UUID listId) {
        return signing.sign(callers.actor(), listId).map(HandBackResponse::of);
    }

    @GET
    @Path("hand-back")
    @RolesAllowed({Roles.COMMUNE_HEALTH, Roles.COMMUNE_POLICE, Roles.PROVINCE_HEALTH, Roles.MINISTRY})
    @Operation(summary = "The list's signed hand-back", description = "404 NOT_FOUND before the police sign.")
    public Uni<HandBackResponse> read(@PathParam("listId") UUID listId) {
        return handBack(listId).map(HandBackResponse::of);
    }

    @GET
    @Path("hand-back")
    @Produces(SVG)
    @RolesAllowed({Roles.COMMUNE_HEALTH, Roles.COMMUNE_POLICE, Roles.PROVINCE_HEALTH, Roles.MINISTRY})
    @Operation(summary = "The hand-back's decisions hash as a QR code (SVG)",
            description = "The hash in upper-case hex. Printed on the paper list that is signed and sealed by hand, so"
                    + " that paper and record can"
                    + " be matched by scanning. The same callers as the hand-back; 404 NOT_FOUND before the police"
                    + " sign.")
    public Uni<String> hashAsQr(@PathParam("listId") UUID listId) {
        // The hash is hex: upper case fits the QR alphanumeric mode (the encoder's), and hex reads the same either way.
        return handBack(listId).map(handBack -> QrSvgWriter.write(QrEncoder.encode(
                handBack.decisionsHash.toUpperCase(Locale.ROOT))));
    }

    @POST
    @Path("hand-back/officer-signature")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMUNE_POLICE)
    @Operation(summary = "Attach the officer's own signature to the hand-back (commune-police of the list's commune)",
            description = "Body {\"signature\": base64 CMS/PKCS#7 detached SignedData} over the hand-back's"
                    + " decisionsHash exactly (64 lower-case hex characters, ASCII), made with a signing certificate"
                    + " of a configured CA (the government CA, VGCA) and carrying it. It then replaces the server's as"
                    + " the hand-back's signature (signedBy OFFICER). 422 OFFICER_SIGNATURE_MALFORMED,"
                    + " OFFICER_CERTIFICATE_MISSING, OFFICER_SIGNING_TIME_IMPLAUSIBLE, OFFICER_CERTIFICATE_EXPIRED,"
                    + " OFFICER_CERTIFICATE_NOT_YET_VALID, OFFICER_CERTIFICATE_NOT_FOR_SIGNING,"
                    + " OFFICER_SIGNATURE_NOT_OVER_THE_HASH, OFFICER_CERTIFICATE_UNTRUSTED; 409 ILLEGAL_TRANSITION"
                    + " unless the list is HANDED_BACK (not yet APPLIED), OFFICER_SIGNATURE_ALREADY_ATTACHED;"
                    + " 400 BODY_REQUIRED.")
    public Uni<HandBackResponse> attachOfficerSignature(@PathParam("listId") UUID listId,
            Requests.OfficerSignature body) {
        String signature = Requests.required(body).signature();
        return officerSignatures.attach(callers.actor(), listId, signature).map(HandBackResponse::of);
    }

    private Uni<HandBack> handBack(UUID listId) {
        return Panache.withSession(() -> Lists.locate(callers.actor(), listId, Action.READ_VERIFICATION)
                .chain(located -> HandBack.<HandBack>findById(listId)).map(handBack -> {
                    if (handBack == null) {
                        throw CorrectionProblem.notFound("danh sách ký trả");
                    }
                    return handBack;
                }));
    }

    @POST
    @Path("application")
    @RolesAllowed(Roles.COMMUNE_HEALTH)
    @Operation(summary = "Apply the signed hand-back (commune-health)",
            description = "Each CONFIRMED or CORRECTED item updates its subject (new version, audit entry source"
                    + " POLICE; certificates served for the old data are revoked) and the subject is re-matched."
                    + " A confirmed DUPLICATE_OF merges the duplicate into the subject kept (doses moved, duplicate"
                    + " closed and its certificates revoked, both audited, the kept one re-matched; merged, notMerged);"
                    + " a confirmed MOVED_AWAY naming a commune closes the item and offers the subject to that"
                    + " commune's next list (source MOVED_IN), whose applied item registers it there (movedIn)."
                    + " Applying twice changes nothing (alreadyApplied). 409 ILLEGAL_TRANSITION before the police"
                    + " sign.")
    public Uni<Applying.Result> apply(@PathParam("listId") UUID listId) {
        return applying.apply(callers.actor(), listId);
    }
}
