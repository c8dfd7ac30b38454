package vn.vaxpass.fuzzing;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Byte-level mutations, the last resort of every structure-aware mutator: each returns a new array and names what
 * it did in {@code done}.
 */
public final class Bytes {

    /** Values that sit on the edges parsers test: zero, sign bits, all ones, CBOR's and JPEG's special bytes. */
    private static final int[] INTERESTING = {0x00, 0x01, 0x7F, 0x80, 0xFF, 0xFE, 0x10, 0x20, 0x40, 0x1F, 0x3F, 0x5F,
        0x7B, 0x9F, 0xBF, 0xDF, 0xF7, 0xF8, 0xFB, 0x18, 0x19, 0x1A, 0x1B, 0x1C};

    private Bytes() {
    }

    /** One random byte-level change: a bit flip, an edge value, an insertion, a deletion, a cut or a repeat. */
    public static byte[] mutate(byte[] data, Random random, List<String> done) {
        return mutate(data, 0, data.length, random, done);
    }

    /** The same, at a place inside {@code [from, to)}. */
    public static byte[] mutate(byte[] data, int from, int to, Random random, List<String> done) {
        if (data.length == 0 || to <= from) {
            done.add("insert into empty");
            return randomBytes(random, 1 + random.nextInt(8));
        }
        int at = from + random.nextInt(to - from);
        switch (random.nextInt(8)) {
            case 0: {
                byte[] out = data.clone();
                int bit = random.nextInt(8);
                out[at] ^= (byte) (1 << bit);
                done.add("flip bit " + bit + " of byte " + at);
                return out;
            }
            case 1: {
                byte[] out = data.clone();
                out[at] = (byte) INTERESTING[random.nextInt(INTERESTING.length)];
                done.add("byte " + at + " = " + (out[at] & 0xFF));
                return out;
            }
            case 2: {
                byte[] inserted = randomBytes(random, 1 + random.nextInt(random.nextBoolean() ? 4 : 64));
                done.add("insert " + inserted.length + " bytes at " + at);
                return splice(data, at, 0, inserted);
            }
            case 3: {
                int length = 1 + random.nextInt(Math.min(to - at, random.nextBoolean() ? 4 : 64));
                done.add("delete " + length + " bytes at " + at);
                return splice(data, at, length, new byte[0]);
            }
            case 4: {
                done.add("cut at " + at);
                return Arrays.copyOf(data, at);
            }
            case 5: {
                int length = 1 + random.nextInt(Math.min(to - at, 32));
                byte[] repeated = Arrays.copyOfRange(data, at, at + length);
                done.add("repeat " + length + " bytes at " + at);
                return splice(data, at, 0, repeated);
            }
            case 6: {
                byte[] out = data.clone();
                int other = from + random.nextInt(to - from);
                byte swap = out[at];
                out[at] = out[other];
                out[other] = swap;
                done.add("swap bytes " + at + " and " + other);
                return out;
            }
            default: {
                byte[] out = data.clone();
                int length = 1 + random.nextInt(Math.min(to - at, 16));
                for (int i = at; i < at + length; i++) {
                    out[i] = (byte) random.nextInt(256);
                }
                done.add("overwrite " + length + " bytes at " + at);
                return out;
            }
        }
    }

    public static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** {@code data} with {@code removed} bytes at {@code at} replaced by {@code inserted}. */
    public static byte[] splice(byte[] data, int at, int removed, byte[] inserted) {
        byte[] out = new byte[data.length - removed + inserted.length];
        System.arraycopy(data, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(data, at + removed, out, at + inserted.length, data.length - at - removed);
        return out;
    }

    public static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** An integer on an edge: 0, ±1, powers of two and their neighbours, the int and unsigned limits. */
    public static long interestingNumber(Random random) {
        long[] edges = {0, 1, -1, 2, 7, 8, 9, 15, 16, 17, 127, 128, 255, 256, 257, 1023, 1024, 4095, 4096, 16383, 16384,
            16385, 32767, 32768, 65535, 65536, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, Integer.MIN_VALUE,
            0xFFFFFFFFL, 1L << 32, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, -2};
        return edges[random.nextInt(edges.length)];
    }

    public static String hex(byte[] data, int limit) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(limit, data.length); i++) {
            text.append(Character.forDigit((data[i] >> 4) & 0xF, 16)).append(Character.forDigit(data[i] & 0xF, 16));
        }
        if (data.length > limit) {
            text.append("...(").append(data.length).append(" bytes)");
        }
        return text.toString();
    }
}
