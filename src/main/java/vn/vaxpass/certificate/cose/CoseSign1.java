package vn.vaxpass.certificate.cose;

import java.util.Arrays;
import java.util.Optional;

import com.upokecenter.cbor.CBORException;
import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;


import vn.vaxpass.certificate.cbor.CborNesting;
import vn.vaxpass.signing.CoseAlgorithm;

/**
 * A COSE_Sign1 message (RFC 8152 §4.2) as the DCC uses it (hcert spec §3.3): the protected header holds
 * {@code alg} and {@code kid}, the unprotected header is empty, the payload is the CWT.
 */
public final class CoseSign1 {

    /** The context string of a Sig_structure for COSE_Sign1 (RFC 8152 §4.4). */
    public static final String SIGNATURE1_CONTEXT = "Signature1";
    private static final int ELEMENT_COUNT = 4;
    private static final byte[] NO_EXTERNAL_AAD = new byte[0];

    private final byte[] protectedHeader;
    private final CBORObject protectedHeaderMap;
    private final CBORObject unprotectedHeader;
    private final byte[] payload;
    private final byte[] signature;

    private CoseSign1(byte[] protectedHeader, CBORObject protectedHeaderMap, CBORObject unprotectedHeader,
            byte[] payload, byte[] signature) {
        this.protectedHeader = protectedHeader;
        this.protectedHeaderMap = protectedHeaderMap;
        this.unprotectedHeader = unprotectedHeader;
        this.payload = payload;
        this.signature = signature;
    }

    /** Signs a payload: protected header {alg, kid}, empty unprotected header. */
    public static CoseSign1 sign(byte[] payload, CoseAlgorithm algorithm, byte[] kid, SignatureFunction signer) {
        CBORObject header = CBORObject.NewOrderedMap()
                .Add(CoseHeader.ALG.label(), algorithm.coseValue())
                .Add(CoseHeader.KID.label(), kid);
        byte[] protectedBytes = header.EncodeToBytes();
        byte[] signature = signer.sign(sigStructure(protectedBytes, payload));
        return new CoseSign1(protectedBytes, header, CBORObject.NewMap(), payload, signature);
    }

    /**
     * Reads a COSE_Sign1 message: tagged 18 (what Vaxpass writes), untagged, or wrapped in a CWT tag 61
     * (both seen from other issuers, and accepted by verifiers per hcert spec §3.3). Bytes nesting deeper than
     * {@link CborNesting#MAX_DEPTH} are refused before they are decoded.
     */
    public static CoseSign1 decode(byte[] bytes) throws CoseFormatException {
        if (CborNesting.deeperThan(bytes, CborNesting.MAX_DEPTH)) {
            throw new CoseFormatException("nested deeper than " + CborNesting.MAX_DEPTH + " levels");
        }
        CBORObject message;
        try {
            message = CBORObject.DecodeFromBytes(bytes);
        } catch (CBORException | IllegalArgumentException e) {
            throw new CoseFormatException("not a CBOR item: " + e.getMessage(), e);
        }
        if (message.HasMostOuterTag(CoseTag.CWT)) {
            message = message.UntagOne();
        }
        if (message.isTagged()) {
            if (!message.HasMostOuterTag(CoseTag.COSE_SIGN1)) {
                throw new CoseFormatException("tagged " + message.getMostOuterTag() + ", not COSE_Sign1 (18)");
            }
            message = message.UntagOne();
        }
        if (message.isTagged() || message.getType() != CBORType.Array || message.size() != ELEMENT_COUNT) {
            throw new CoseFormatException("COSE_Sign1 must be an array of 4 elements");
        }
        byte[] protectedBytes = byteString(message.get(0), "protected header");
        CBORObject unprotected = message.get(1);
        if (unprotected.getType() != CBORType.Map) {
            throw new CoseFormatException("unprotected header must be a map");
        }
        byte[] payload = byteString(message.get(2), "payload");
        byte[] signature = byteString(message.get(3), "signature");
        return new CoseSign1(protectedBytes, decodeProtectedHeader(protectedBytes), unprotected, payload, signature);
    }

    private static CBORObject decodeProtectedHeader(byte[] bytes) throws CoseFormatException {
        if (bytes.length == 0) {
            return CBORObject.NewMap();
        }
        if (CborNesting.deeperThan(bytes, CborNesting.MAX_DEPTH)) {
            throw new CoseFormatException("protected header nested deeper than " + CborNesting.MAX_DEPTH + " levels");
        }
        try {
            CBORObject map = CBORObject.DecodeFromBytes(bytes);
            if (map.getType() != CBORType.Map) {
                throw new CoseFormatException("protected header must encode a map");
            }
            return map;
        } catch (CBORException | IllegalArgumentException e) {
            throw new CoseFormatException("protected header is not CBOR: " + e.getMessage(), e);
        }
    }

    private static byte[] byteString(CBORObject item, String what) throws CoseFormatException {
        if (item.isTagged() || item.getType() != CBORType.ByteString) {
            throw new CoseFormatException(what + " must be a byte string");
        }
        return item.GetByteString();
    }

    /** The Sig_structure ["Signature1", protected, external_aad = h'', payload] (RFC 8152 §4.4). */
    static byte[] sigStructure(byte[] protectedHeader, byte[] payload) {
        return CBORObject.NewArray()
                .Add(SIGNATURE1_CONTEXT)
                .Add(protectedHeader)
                .Add(NO_EXTERNAL_AAD)
                .Add(payload)
                .EncodeToBytes();
    }

    /** The bytes the signature covers. */
    public byte[] toBeSigned() {
        return sigStructure(protectedHeader, payload);
    }

    /** The message tagged COSE_Sign1 (18), nothing else. */
    public byte[] encode() {
        return CBORObject.NewArray()
                .Add(protectedHeader)
                .Add(unprotectedHeader)
                .Add(payload)
                .Add(signature)
                .WithTag(CoseTag.COSE_SIGN1)
                .EncodeToBytes();
    }

    /** The alg header value as written (protected header first, as RFC 8152 §3.1 requires for alg). */
    public Optional<Long> algorithmValue() {
        return header(CoseHeader.ALG)
                .filter(v -> v.getType() == CBORType.Integer && v.CanValueFitInInt64())
                .map(CBORObject::AsInt64Value);
    }

    public Optional<CoseAlgorithm> algorithm() {
        return algorithmValue().flatMap(CoseAlgorithm::fromCoseValue);
    }

    /** The kid from the protected header, else from the unprotected one (some issuers put it there). */
    public Optional<byte[]> kid() {
        return header(CoseHeader.KID)
                .filter(v -> v.getType() == CBORType.ByteString)
                .map(CBORObject::GetByteString);
    }

    private Optional<CBORObject> header(CoseHeader parameter) {
        CBORObject value = protectedHeaderMap.get(parameter.label());
        if (value == null) {
            value = unprotectedHeader.get(parameter.label());
        }
        return Optional.ofNullable(value);
    }

    public byte[] payload() {
        return payload.clone();
    }

    public byte[] signature() {
        return signature.clone();
    }

    public byte[] protectedHeader() {
        return protectedHeader.clone();
    }

    public boolean hasEmptyUnprotectedHeader() {
        return unprotectedHeader.size() == 0;
    }

    @Override
    public String toString() {
        return "CoseSign1[alg=" + algorithmValue().orElse(null) + ", kid=" + kid().map(Arrays::toString).orElse("-")
                + ", payload=" + payload.length + " bytes]";
    }

    /** Produces a COSE signature over the given to-be-signed bytes. */
    @FunctionalInterface
    public interface SignatureFunction {
        byte[] sign(byte[] toBeSigned);
    }
}
