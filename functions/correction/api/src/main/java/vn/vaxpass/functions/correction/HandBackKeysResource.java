package vn.vaxpass.functions.correction;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.lang.JoseException;

import vn.vaxpass.correction.HandBackChecks;
import vn.vaxpass.correction.HandBackDocument;
import vn.vaxpass.correction.HandBackKeys;

/**
 * What anyone needs to check a hand-back: the hand-back keys as a JWK set (RFC 7517), by key id, every key ever used
 * included; and a check of a document against them. Public: they say nothing about anyone.
 */
@Path("/v1/correction")
@Tag(name = "correction")
@PermitAll
public class HandBackKeysResource {

    private final HandBackKeys keys;
    private final HandBackDocument documents;
    private final HandBackChecks checks;

    @Inject
    public HandBackKeysResource(HandBackKeys keys, HandBackDocument documents, HandBackChecks checks) {
        this.keys = keys;
        this.documents = documents;
        this.checks = checks;
    }

    @GET
    @Path("hand-back-keys")
    @Produces("application/jwk-set+json")
    @Operation(summary = "The hand-back keys (a JWK set), by key id", description = "Anyone.")
    public String keys() throws JoseException {
        JsonWebKeySet set = new JsonWebKeySet();
        for (Map.Entry<String, java.security.PublicKey> key : keys.publicKeys().entrySet()) {
            PublicJsonWebKey jwk = PublicJsonWebKey.Factory.newPublicJwk(key.getValue());
            jwk.setKeyId(key.getKey());
            jwk.setUse("sig");
            jwk.setAlgorithm(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
            set.addJsonWebKey(jwk);
        }
        return set.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    @POST
    @Path("hand-back-checks")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a signed hand-back document", description = "Anyone. valid:false with problem"
            + " HAND_BACK_MALFORMED, HAND_BACK_UNKNOWN_KEY or HAND_BACK_SIGNATURE_INVALID.")
    public HandBackDocument.Checked check(String document) {
        return documents.check(document);
    }

    @POST
    @Path("hand-back-checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a hand-back and the officer's signature over it", description = "Anyone. Body"
            + " {document, officerSignature}: the document as for text/plain; officerSignature, where the hand-back"
            + " has one (GET .../hand-back gives it), is checked over the document's decisionsHash against the"
            + " configured CA at its signing time. valid only when both hold; signedBy OFFICER or SERVER; problem the"
            + " first failing code (HAND_BACK_* of the document, else OFFICER_* of the signature).")
    public HandBackChecks.Checked checkWithOfficerSignature(Requests.HandBackToCheck body) {
        Requests.HandBackToCheck request = Requests.required(body);
        return checks.check(request.document(), request.officerSignature());
    }
}
