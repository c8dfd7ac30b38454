package vn.vaxpass.certificate.cwt;

import java.time.Instant;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.upokecenter.cbor.CBORException;
import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;

import vn.vaxpass.certificate.cbor.CborJson;
import vn.vaxpass.certificate.cbor.CborNesting;

/**
 * The CBOR Web Token that carries a DCC (hcert spec §3.3.2): {1: iss, 4: exp, 6: iat, -260: {1: DCC}}.
 * The issuer may be absent in other countries' certificates; Vaxpass always writes it.
 */
public record Cwt(String issuer, Instant issuedAt, Instant expiresAt, JsonNode dcc) {

    public Cwt {
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(dcc, "dcc");
    }

    /** The claims in the order iss, exp, iat, hcert. */
    public byte[] encode() {
        CBORObject claims = CBORObject.NewOrderedMap();
        if (issuer != null) {
            claims.Add(CwtClaim.ISSUER.key(), issuer);
        }
        claims.Add(CwtClaim.EXPIRATION.key(), expiresAt.getEpochSecond());
        claims.Add(CwtClaim.ISSUED_AT.key(), issuedAt.getEpochSecond());
        claims.Add(CwtClaim.HCERT.key(), CBORObject.NewOrderedMap().Add(HcertClaim.EU_DCC_V1.key(), CborJson.toCbor(dcc)));
        return claims.EncodeToBytes();
    }

    /** The claims; bytes nesting deeper than {@link CborNesting#MAX_DEPTH} are refused before they are decoded. */
    public static Cwt decode(byte[] bytes) throws CwtFormatException {
        if (CborNesting.deeperThan(bytes, CborNesting.MAX_DEPTH)) {
            throw new CwtFormatException("claims nested deeper than " + CborNesting.MAX_DEPTH + " levels");
        }
        CBORObject claims;
        try {
            claims = CBORObject.DecodeFromBytes(bytes);
        } catch (CBORException | IllegalArgumentException e) {
            throw new CwtFormatException("payload is not CBOR: " + e.getMessage(), e);
        }
        if (claims.getType() != CBORType.Map) {
            throw new CwtFormatException("CWT claims must be a map");
        }
        CBORObject hcert = claims.get(CwtClaim.HCERT.key());
        if (hcert == null || hcert.getType() != CBORType.Map) {
            throw new CwtFormatException("no hcert claim (-260)");
        }
        CBORObject dcc = hcert.get(HcertClaim.EU_DCC_V1.key());
        if (dcc == null || dcc.getType() != CBORType.Map) {
            throw new CwtFormatException("no EU DCC v1 in the hcert claim");
        }
        try {
            return new Cwt(text(claims.get(CwtClaim.ISSUER.key())),
                    time(claims, CwtClaim.ISSUED_AT),
                    time(claims, CwtClaim.EXPIRATION),
                    CborJson.toJson(dcc));
        } catch (IllegalArgumentException e) {
            throw new CwtFormatException("DCC has no JSON form: " + e.getMessage(), e);
        }
    }

    private static String text(CBORObject value) {
        return value != null && value.getType() == CBORType.TextString ? value.AsString() : null;
    }

    private static Instant time(CBORObject claims, CwtClaim claim) throws CwtFormatException {
        CBORObject value = claims.get(claim.key());
        if (value == null) {
            throw new CwtFormatException("claim " + claim + " (" + claim.key() + ") is missing");
        }
        while (value.isTagged()) {
            value = value.UntagOne();
        }
        if (value.getType() == CBORType.Integer && value.CanValueFitInInt64()) {
            return instant(claim, value.AsInt64Value());
        }
        if (value.getType() == CBORType.FloatingPoint && Double.isFinite(value.AsDoubleValue())) {
            return instant(claim, (long) value.AsDoubleValue());
        }
        throw new CwtFormatException("claim " + claim + " (" + claim.key() + ") is not a NumericDate");
    }

    /** A NumericDate outside what {@link Instant} holds (RFC 8392 sets no bound) is as unreadable as a string. */
    private static Instant instant(CwtClaim claim, long epochSecond) throws CwtFormatException {
        if (epochSecond < Instant.MIN.getEpochSecond() || epochSecond > Instant.MAX.getEpochSecond()) {
            throw new CwtFormatException("claim " + claim + " (" + claim.key() + ") lies outside every representable date");
        }
        return Instant.ofEpochSecond(epochSecond);
    }
}
