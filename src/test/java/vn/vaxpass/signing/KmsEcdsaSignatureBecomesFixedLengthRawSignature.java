package vn.vaxpass.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.vaxpass.signing.KmsSignerException.Reason;

class KmsEcdsaSignatureBecomesFixedLengthRawSignature {

    private static final HexFormat HEX = HexFormat.of();
    private static final String R_TOP_BIT = "80" + "11".repeat(31);
    private static final String S_PLAIN = "7f" + "22".repeat(31);

    private static byte[] raw(String der) {
        return KmsEcdsaSignature.derToRaw(HEX.parseHex(der), KmsEcdsaSignature.P256_FIELD_SIZE);
    }

    @Test
    void anIntegerWithItsTopBitSetLosesItsSignByte() {
        // r is 33 bytes in DER (00 80 11...), s 32 bytes.
        String der = "3045" + "0221" + "00" + R_TOP_BIT + "0220" + S_PLAIN;

        assertThat(HEX.formatHex(raw(der))).isEqualTo(R_TOP_BIT + S_PLAIN);
    }

    @Test
    void shortIntegersAreLeftPaddedWithZeros() {
        // r = 1 (one byte), s has a leading zero byte in its value: 31 bytes in DER.
        String s31 = "33".repeat(31);
        String der = "3024" + "020101" + "021f" + s31;

        assertThat(HEX.formatHex(raw(der))).isEqualTo("00".repeat(31) + "01" + "00" + s31);
    }

    @Test
    void thirtyTwoByteIntegersPassUnchanged() {
        String der = "3044" + "0220" + S_PLAIN + "0220" + S_PLAIN;

        assertThat(HEX.formatHex(raw(der))).isEqualTo(S_PLAIN + S_PLAIN);
    }

    /** r and s each 33 bytes in DER (top bit set), 32, or 31 and shorter (leading zero bytes in the value). */
    @ParameterizedTest(name = "r {0} bytes, s {1} bytes in DER")
    @CsvSource({"33,33", "33,32", "33,31", "32,33", "32,32", "32,31", "31,33", "31,32", "31,31", "1,33"})
    void everyCombinationOfDerIntegerLengthsGivesTheSame64Bytes(int rDerLength, int sDerLength) {
        byte[] raw = new byte[64];
        fill(raw, 0, rDerLength);
        fill(raw, 32, sDerLength);
        byte[] der = KmsTestSignatures.rawToDer(raw);
        assertThat(der).hasSize(6 + rDerLength + sDerLength);

        assertThat(KmsEcdsaSignature.derToRaw(der, KmsEcdsaSignature.P256_FIELD_SIZE)).isEqualTo(raw);
    }

    // A 32-byte value whose DER INTEGER takes derLength bytes.
    private static void fill(byte[] raw, int offset, int derLength) {
        int valueLength = Math.min(derLength, 32);
        for (int i = 32 - valueLength; i < 32; i++) {
            raw[offset + i] = 0x5a;
        }
        raw[offset + 32 - valueLength] = derLength == 33 ? (byte) 0xc3 : 0x3c;
    }

    @Test
    void jdkSignaturesComeBackToTheSameDer() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keyPair = generator.generateKeyPair();
        Signature ecdsa = Signature.getInstance("SHA256withECDSA");
        ecdsa.initSign(keyPair.getPrivate());
        for (int i = 0; i < 100; i++) {
            ecdsa.update(new byte[] {(byte) i});
            byte[] der = ecdsa.sign();

            byte[] raw = KmsEcdsaSignature.derToRaw(der, KmsEcdsaSignature.P256_FIELD_SIZE);

            assertThat(raw).hasSize(64);
            assertThat(KmsTestSignatures.rawToDer(raw)).isEqualTo(der);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "empty                        | ''",
            "not a sequence               | 0201 01",
            "one integer                  | 3003 020101",
            "three integers               | 3009 020101 020101 020101",
            "trailing bytes               | 3006 020101 020101 00",
            "zero r                       | 3006 020100 020101",
            "negative s                   | 3006 020101 0201ff",
            "r wider than the field       | 3026 0221 01" + "0000000000000000000000000000000000000000000000000000000000000000" + " 020101",
            "non-minimal integer          | 3007 02020001 020101",
            "indefinite length (BER)      | 3080 020101 020101 0000",
            "octet string inside          | 3006 040101 020101",
    })
    void anythingButStrictDerOfTwoFittingIntegersIsMalformed(String what, String der) {
        byte[] bytes = HEX.parseHex(der.replace(" ", ""));

        assertThatThrownBy(() -> KmsEcdsaSignature.derToRaw(bytes, KmsEcdsaSignature.P256_FIELD_SIZE))
                .as(what)
                .isInstanceOfSatisfying(KmsSignerException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_SIGNATURE));
    }
}
