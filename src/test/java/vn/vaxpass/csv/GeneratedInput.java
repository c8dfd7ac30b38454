package vn.vaxpass.csv;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A large input made on the fly and never held in memory: a prefix, then one byte repeated. Counts what was read
 * from it, to show a reader stopped early.
 */
final class GeneratedInput extends InputStream {

    private final byte[] prefix;
    private final byte filler;
    private final long size;
    private long served;

    GeneratedInput(String prefix, char filler, long size) {
        this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
        this.filler = (byte) filler;
        this.size = size;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (served >= size) {
            return -1;
        }
        int n = (int) Math.min(len, size - served);
        for (int i = 0; i < n; i++) {
            long at = served + i;
            b[off + i] = at < prefix.length ? prefix[(int) at] : filler;
        }
        served += n;
        return n;
    }

    long served() {
        return served;
    }

    static byte[] bytes(int count, char value) {
        byte[] bytes = new byte[count];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
