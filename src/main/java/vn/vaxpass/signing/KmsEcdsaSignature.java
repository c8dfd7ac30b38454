package vn.vaxpass.signing;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.util.BigIntegers;

/**
 * KMS returns ECDSA signatures DER-encoded (SEQUENCE of two INTEGERs r and s, RFC 3279 §2.2.3); COSE wants
 * the fixed-length concatenation r||s, each left-padded to the curve's field size (RFC 8152 §8.1).
 * DER integers are minimal and signed: a value with its top bit set gets a leading zero byte (33 bytes for
 * P-256) and a small value has fewer bytes (31 or less), so neither the length nor the offsets are fixed.
 */
final class KmsEcdsaSignature {

    /** P-256: 32-byte field elements, a 64-byte r||s. */
    static final int P256_FIELD_SIZE = 32;

    private KmsEcdsaSignature() {
    }

    /**
     * @throws KmsSignerException ({@link KmsSignerException.Reason#MALFORMED_SIGNATURE}) unless the input is
     *         strict DER of two positive integers that fit the field size
     */
    static byte[] derToRaw(byte[] der, int fieldSize) {
        ASN1Sequence sequence = parse(der);
        if (sequence.size() != 2) {
            throw malformed("a SEQUENCE of " + sequence.size() + " elements, expected r and s");
        }
        byte[] raw = new byte[2 * fieldSize];
        for (int i = 0; i < 2; i++) {
            BigInteger value = integer(sequence, i);
            if (value.signum() <= 0 || value.bitLength() > 8 * fieldSize) {
                throw malformed((i == 0 ? "r" : "s") + " out of range for a " + fieldSize + "-byte field");
            }
            BigIntegers.asUnsignedByteArray(value, raw, i * fieldSize, fieldSize);
        }
        return raw;
    }

    private static ASN1Sequence parse(byte[] der) {
        ASN1Primitive primitive;
        byte[] canonical;
        try {
            primitive = ASN1Primitive.fromByteArray(der);
            canonical = primitive.getEncoded(ASN1Encoding.DER);
        } catch (IOException | RuntimeException e) {
            throw malformed("not DER (" + e.getMessage() + ")");
        }
        // Strict DER: the bytes must be the canonical encoding (BER leniency would hide a broken signer).
        if (!(primitive instanceof ASN1Sequence) || !Arrays.equals(canonical, der)) {
            throw malformed("not a DER SEQUENCE");
        }
        return (ASN1Sequence) primitive;
    }

    private static BigInteger integer(ASN1Sequence sequence, int index) {
        if (!(sequence.getObjectAt(index) instanceof ASN1Integer)) {
            throw malformed("element " + index + " is not an INTEGER");
        }
        return ((ASN1Integer) sequence.getObjectAt(index)).getValue();
    }

    private static KmsSignerException malformed(String detail) {
        return new KmsSignerException(KmsSignerException.Reason.MALFORMED_SIGNATURE, "ECDSA signature from KMS is " + detail);
    }
}
