package vn.vaxpass.certificate.cbor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import com.upokecenter.cbor.CBORObject;

import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.certificate.IssuedCertificate;
import vn.vaxpass.certificate.RecordFixture;
import vn.vaxpass.signing.SigningFixture;

class CborNestingMeasuresDepthWithoutRecursion {

    @Test
    void arraysMapsTagsAndIndefiniteItemsEachOpenALevel() {
        assertThat(CborNesting.deeperThan(repeat(0x81, 3, 0x00), 3)).isFalse();
        assertThat(CborNesting.deeperThan(repeat(0x81, 4, 0x00), 3)).isTrue();
        assertThat(CborNesting.deeperThan(repeat(0xC6, 4, 0x00), 3)).isTrue();
        assertThat(CborNesting.deeperThan(repeat(0x9F, 4, 0x00), 3)).isTrue();
        byte[] maps = {(byte) 0xA1, 0x61, 'a', (byte) 0xA1, 0x61, 'a', (byte) 0xA1, 0x61, 'a', (byte) 0xA1, 0x61, 'a', 0x00};
        assertThat(CborNesting.deeperThan(maps, 3)).isTrue();
        assertThat(CborNesting.deeperThan(maps, 4)).isFalse();
    }

    @Test
    void siblingsDoNotAddUp() {
        // [[0], [0], [0], ... 1,000 times]: two levels, however many siblings
        byte[] wide = new byte[3 + 1000 * 2];
        wide[0] = (byte) 0x99;
        wide[1] = (byte) (1000 >>> 8);
        wide[2] = (byte) (1000 & 0xFF);
        for (int i = 0; i < 1000; i++) {
            wide[3 + 2 * i] = (byte) 0x81;
        }
        assertThat(CborNesting.deeperThan(wide, 2)).isFalse();
        assertThat(CborNesting.deeperThan(wide, 1)).isTrue();
    }

    @Test
    void indefiniteLevelsCloseAtTheirBreak() {
        // [_ [_ ], [_ ], [_ ] ]: two levels
        byte[] items = {(byte) 0x9F, (byte) 0x9F, (byte) 0xFF, (byte) 0x9F, (byte) 0xFF, (byte) 0x9F, (byte) 0xFF, (byte) 0xFF};
        assertThat(CborNesting.deeperThan(items, 2)).isFalse();
        assertThat(CborNesting.deeperThan(items, 1)).isTrue();
    }

    @Test
    void onlyTheFirstItemIsMeasured() {
        byte[] shallowThenDeep = concat(new byte[] {0x00}, repeat(0x81, 100, 0x00));
        assertThat(CborNesting.deeperThan(shallowThenDeep, 3)).isFalse();
    }

    /** What is malformed is left for the decoder to name: the measure gives no verdict on it. */
    @Test
    void malformedBytesAreLeftToTheDecoder() {
        assertThat(CborNesting.deeperThan(new byte[] {0x1C}, 0)).isFalse();
        assertThat(CborNesting.deeperThan(new byte[] {(byte) 0xFF}, 0)).isFalse();
        assertThat(CborNesting.deeperThan(new byte[] {0x5B, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
            (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, 0)).isFalse();
        assertThat(CborNesting.deeperThan(new byte[0], 0)).isFalse();
    }

    @Test
    void aCertificatesCwtNestsWellWithinTheLimit() {
        IssuedCertificate certificate = new CertificateIssuer(SigningFixture.es256())
                .issue(RecordFixture.aRecord().build(), "URN:UVCI:01:VN:0123456789ABCDEF0123456789ABCDEF",
                        SigningFixture.COVERED_ISSUE_TIME);
        assertThat(CborNesting.deeperThan(certificate.cwt(), 5)).isFalse();
        assertThat(CborNesting.deeperThan(certificate.cwt(), 4)).isTrue();
        assertThat(CborNesting.deeperThan(certificate.cose(), 2)).isFalse();
        assertThat(CborNesting.deeperThan(CBORObject.NewArray().EncodeToBytes(), 0)).isFalse();
    }

    private static byte[] repeat(int head, int times, int last) {
        byte[] bytes = new byte[times + 1];
        Arrays.fill(bytes, 0, times, (byte) head);
        bytes[times] = (byte) last;
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
