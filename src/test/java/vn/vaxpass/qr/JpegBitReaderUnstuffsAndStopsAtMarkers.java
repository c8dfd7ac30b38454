package vn.vaxpass.qr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JpegBitReaderUnstuffsAndStopsAtMarkers {

    @Test
    void aStuffedZeroAfterFfIsDropped() {
        JpegBitReader reader = new JpegBitReader(bytes(0xFF, 0x00, 0x81), 0);

        assertThat(reader.bits(8)).isEqualTo(0xFF);
        assertThat(reader.bits(8)).isEqualTo(0x81);
    }

    @Test
    void readsZerosAfterAMarkerAndLeavesItsPosition() {
        JpegBitReader reader = new JpegBitReader(bytes(0xA5, 0xFF, 0xD9), 0);

        assertThat(reader.bits(8)).isEqualTo(0xA5);
        assertThat(reader.bits(16)).isZero();
        assertThat(reader.position()).isEqualTo(1);
        assertThat(reader.truncated()).isFalse();
    }

    @Test
    void runningOffTheEndIsRememberedAsTruncation() {
        JpegBitReader reader = new JpegBitReader(bytes(0xA5), 0);

        reader.bits(16);

        assertThat(reader.truncated()).isTrue();
    }

    @Test
    void signedValuesFollowTheExtendProcedure() {
        // 3 bits 010 = 2, below 4 so negative: 2 - 8 + 1 = -5; then 3 bits 110 = 6
        JpegBitReader reader = new JpegBitReader(bytes(0b01011000), 0);

        assertThat(reader.signed(3)).isEqualTo(-5);
        assertThat(reader.signed(3)).isEqualTo(6);
        assertThat(reader.signed(0)).isZero();
    }

    @Test
    void restartSkipsTheRstMarkerAndTheBitsLeftInTheByte() {
        JpegBitReader reader = new JpegBitReader(bytes(0xF0, 0xFF, 0xD3, 0x5A), 0);

        assertThat(reader.bits(4)).isEqualTo(0xF);
        reader.restart();

        assertThat(reader.bits(8)).isEqualTo(0x5A);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
