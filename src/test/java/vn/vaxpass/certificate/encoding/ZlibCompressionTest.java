package vn.vaxpass.certificate.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ZlibCompressionTest {

    @Test
    void decompressesWhatItCompressed() {
        byte[] data = new byte[600];
        new Random(7).nextBytes(data);
        Arrays.fill(data, 100, 400, (byte) 'x');
        byte[] compressed = ZlibCompression.compress(data);
        assertThat(ZlibCompression.looksCompressed(compressed)).isTrue();
        assertThat(compressed.length).isLessThan(data.length);
        assertThat(ZlibCompression.decompress(compressed)).isEqualTo(data);
    }

    @Test
    void refusesATruncatedStream() {
        byte[] compressed = ZlibCompression.compress(new byte[1000]);
        byte[] truncated = Arrays.copyOf(compressed, compressed.length / 2);
        assertThatThrownBy(() -> ZlibCompression.decompress(truncated)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAStreamThatInflatesBeyondTheLimit() {
        byte[] bomb = ZlibCompression.compress(new byte[ZlibCompression.MAX_INFLATED_BYTES * 4]);
        assertThat(bomb.length).isLessThan(1024);
        assertThatThrownBy(() -> ZlibCompression.decompress(bomb))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inflates beyond");
    }

    @Test
    void refusesBytesAfterTheEndOfTheStream() {
        byte[] compressed = ZlibCompression.compress(new byte[100]);
        byte[] extended = Arrays.copyOf(compressed, compressed.length + 1);
        assertThatThrownBy(() -> ZlibCompression.decompress(extended))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("follow the end");
    }

    @Test
    void tellsRawDataFromAZlibStream() {
        assertThat(ZlibCompression.looksCompressed(new byte[] {(byte) 0xD2, (byte) 0x84})).isFalse();
        assertThat(ZlibCompression.looksCompressed(new byte[] {0x78})).isFalse();
    }
}
