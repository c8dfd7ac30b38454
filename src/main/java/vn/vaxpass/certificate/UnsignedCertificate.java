package vn.vaxpass.certificate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import com.fasterxml.jackson.databind.JsonNode;

import vn.vaxpass.shared.ValidityWindow;

/**
 * A certificate checked and encoded up to the CWT (hcert spec §3.3), not yet signed: everything the signature will
 * cover. Two of them with the same CWT bytes sign to the same certificate under one key (byte for byte with a
 * deterministic signer, to an equivalent one with a randomising signer such as KMS).
 */
public record UnsignedCertificate(String uvci, ValidityWindow validity, JsonNode dcc, byte[] cwt) {

    /** SHA-256 over the CWT: what is signed, and so what a signed certificate of it can be found again by. */
    public byte[] contentHash() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(cwt);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
        }
    }
}
