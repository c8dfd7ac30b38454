package vn.vaxpass.certificate.verify;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.upokecenter.cbor.CBORObject;

import vn.vaxpass.certificate.cose.CoseHeader;
import vn.vaxpass.certificate.cose.CoseTag;
import vn.vaxpass.certificate.cwt.Cwt;
import vn.vaxpass.certificate.encoding.Base45Encoding;
import vn.vaxpass.certificate.encoding.Hc1Prefix;
import vn.vaxpass.certificate.encoding.ZlibCompression;
import vn.vaxpass.signing.Signer;

/**
 * Makes HC1 strings with one deliberately broken step, so each verification error can be provoked on its
 * own (after hcert-kotlin's FaultyBase45Service and BrokenCoseService).
 */
final class Hc1Forge {

    private Hc1Forge() {
    }

    static String hc1(byte[] cose) {
        return Hc1Prefix.add(Base45Encoding.encode(ZlibCompression.compress(cose)));
    }

    static byte[] cose(byte[] payload, Signer signer, long alg, byte[] kid) {
        CBORObject header = CBORObject.NewOrderedMap().Add(CoseHeader.ALG.label(), alg);
        if (kid != null) {
            header.Add(CoseHeader.KID.label(), kid);
        }
        byte[] protectedBytes = header.EncodeToBytes();
        byte[] toBeSigned = CBORObject.NewArray().Add("Signature1").Add(protectedBytes).Add(new byte[0]).Add(payload)
                .EncodeToBytes();
        return CBORObject.NewArray().Add(protectedBytes).Add(CBORObject.NewMap()).Add(payload)
                .Add(signer.sign(toBeSigned)).WithTag(CoseTag.COSE_SIGN1).EncodeToBytes();
    }

    static byte[] cwt(JsonNode dcc, Instant issuedAt, Instant expiresAt) {
        return new Cwt("VN", issuedAt, expiresAt, dcc).encode();
    }
}
