package vn.vaxpass.certificate;

import com.fasterxml.jackson.databind.JsonNode;

import vn.vaxpass.shared.ValidityWindow;
/**
 * A signed certificate with every intermediate of the issuing chain, so a failure can be inspected step
 * by step: the DCC (JSON), the CWT (CBOR), the COSE_Sign1 message, its zlib compression, the Base45 text
 * and the HC1 string that goes into the QR code.
 */
public record IssuedCertificate(
        String uvci,
        ValidityWindow validity,
        byte[] kid,
        JsonNode dcc,
        byte[] cwt,
        byte[] cose,
        byte[] compressed,
        String base45,
        String hc1) {
}
