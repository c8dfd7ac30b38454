package vn.vaxpass.certificate.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;

import org.junit.jupiter.api.Test;

class ZlibCompressionIsDeterministicAndBounded {

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
    void givesTheBytesOfAFreshDeflaterCallAfterCall() {
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            byte[] data = sample(random);
            assertThat(ZlibCompression.compress(data)).as("input %d", i).isEqualTo(freshDeflate(data));
        }
    }

    @Test
    void givesTheBytesOfAFreshDeflaterOnManyThreadsAtOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                long seed = t;
                results.add(threads.submit(() -> {
                    Random random = new Random(seed);
                    for (int i = 0; i < 100; i++) {
                        byte[] data = sample(random);
                        if (!Arrays.equals(ZlibCompression.compress(data), freshDeflate(data))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
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

    /** Certificate-like input: random bytes with repeated runs, 0 to 3,000 bytes. */
    private static byte[] sample(Random random) {
        byte[] data = new byte[random.nextInt(3000)];
        random.nextBytes(data);
        for (int run = 0; run < data.length / 50; run++) {
            int from = random.nextInt(data.length);
            Arrays.fill(data, from, Math.min(data.length, from + random.nextInt(40)), (byte) random.nextInt(4));
        }
        return data;
    }

    /** What the compression gave before it reused deflaters: a new Deflater per call. */
    private static byte[] freshDeflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[512];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
