package vn.vaxpass.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;

/** Verification the way a DCC verifier does it, with the JDK's providers only. */
final class KmsTestSignatures {

    /** The DCC's PS256: RSASSA-PSS, SHA-256, MGF1 with SHA-256, 32-byte salt, trailer field 1. */
    static final PSSParameterSpec PS256 = new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1);

    private KmsTestSignatures() {
    }

    /** COSE r||s back to the DER the JDK's SHA256withECDSA verifies. */
    static byte[] rawToDer(byte[] raw) {
        int half = raw.length / 2;
        ASN1EncodableVector rs = new ASN1EncodableVector();
        rs.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, 0, half))));
        rs.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, half, raw.length))));
        try {
            return new DERSequence(rs).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean verifiesEs256(PublicKey key, byte[] data, byte[] rawSignature) throws GeneralSecurityException {
        Signature ecdsa = Signature.getInstance("SHA256withECDSA");
        ecdsa.initVerify(key);
        ecdsa.update(data);
        return ecdsa.verify(rawToDer(rawSignature));
    }

    static boolean verifiesPs256(PublicKey key, byte[] data, byte[] signature) throws GeneralSecurityException {
        Signature pss = Signature.getInstance("RSASSA-PSS");
        pss.setParameter(PS256);
        pss.initVerify(key);
        pss.update(data);
        return pss.verify(signature);
    }
}
