package vn.vaxpass.correction;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The signed hand-back document: a compact JWS (RFC 7515), ES256 under a hand-back key ({@link HandBackKeys}), whose
 * payload names the list, the commune, the officer, the time, the hash of the list as sent and the hash of every
 * decision. The station, an auditor or anyone with the public keys ({@code GET /v1/correction/hand-back-keys}, a JWK
 * set) checks it with any JOSE library.
 */
@ApplicationScoped
public class HandBackDocument {

    /** The JWS {@code typ} header of a hand-back. */
    public static final String TYPE = "vaxpass-hand-back+jws";
    /** Not a compact JWS, or its payload is not a hand-back. */
    public static final String HAND_BACK_MALFORMED = "HAND_BACK_MALFORMED";
    /** Signed under a key id this deployment never had. */
    public static final String HAND_BACK_UNKNOWN_KEY = "HAND_BACK_UNKNOWN_KEY";
    /** The signature does not match the content: the document was changed after signing. */
    public static final String HAND_BACK_SIGNATURE_INVALID = "HAND_BACK_SIGNATURE_INVALID";

    /** What the police signed. */
    @RegisterForReflection
    public record Content(String type, UUID list, String commune, String officer, Instant signedAt, String contentHash,
            String decisionsHash, List<Decision> decisions) {
    }

    /** One decision as signed: the item, its subject, the decision (CONFIRMED, CORRECTED, REJECTED), its hash. */
    @RegisterForReflection
    public record Decision(long item, String subject, String decision, String hash) {
    }

    /** A document checked: its content when the signature holds, else the code of what failed. */
    @RegisterForReflection
    public record Checked(boolean valid, String keyId, Content content, String problem) {
    }

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final HandBackKeys keys;
    private final ObjectMapper json;

    @Inject
    public HandBackDocument(HandBackKeys keys, ObjectMapper json) {
        this.keys = keys;
        this.json = json;
    }

    /**
     * The content, signed under the current hand-back key: the compact JWS and the key id. Made by hand rather than by
     * jose4j because the key may be in KMS, where jose4j cannot reach it; {@link #check} reads it with jose4j.
     */
    public Signed sign(Content content) {
        String keyId = keys.currentKeyId();
        try {
            Map<String, String> header = new LinkedHashMap<>();
            header.put("alg", AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
            header.put("kid", keyId);
            header.put("typ", TYPE);
            String signingInput = BASE64URL.encodeToString(json.writeValueAsBytes(header)) + "."
                    + BASE64URL.encodeToString(json.writeValueAsBytes(content));
            byte[] signature = keys.sign(signingInput.getBytes(StandardCharsets.US_ASCII));
            return new Signed(signingInput + "." + BASE64URL.encodeToString(signature), keyId);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot sign a hand-back", e);
        }
    }

    /** A signed document and the key id it was signed under. */
    public record Signed(String document, String keyId) {
    }

    /** Checks a document's signature against the hand-back keys, and reads its content. */
    public Checked check(String document) {
        JsonWebSignature jws = new JsonWebSignature();
        try {
            jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                    AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256));
            jws.setCompactSerialization(document == null ? "" : document.strip());
            String keyId = jws.getKeyIdHeaderValue();
            Optional<PublicKey> key = keyId == null ? Optional.empty() : keys.publicKey(keyId);
            if (key.isEmpty()) {
                return new Checked(false, keyId, null, HAND_BACK_UNKNOWN_KEY);
            }
            jws.setKey(key.get());
            if (!jws.verifySignature()) {
                return new Checked(false, keyId, null, HAND_BACK_SIGNATURE_INVALID);
            }
            Content content = json.readValue(jws.getPayload(), Content.class);
            return new Checked(true, keyId, content, null);
        } catch (JoseException | JsonProcessingException | IllegalArgumentException e) {
            return new Checked(false, null, null, HAND_BACK_MALFORMED);
        }
    }
}
