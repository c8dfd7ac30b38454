package vn.vaxpass.certificate.verify;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.numbers.EInteger;

import vn.vaxpass.fuzzing.Bytes;

/**
 * CBOR items that sit on the edges of what a decoder and the DCC chain must handle, as raw encoded bytes: deep
 * nesting, lengths claiming more than the input holds, indefinite lengths, reserved and unusual heads, numbers
 * beyond 64 bits, floats that are not numbers, wrong major types. Raw, because the encoders refuse to write many of
 * them; {@link #place} puts them anywhere inside an encoded structure.
 */
final class CborOddities {

    private CborOddities() {
    }

    /** A random odd item, naming itself in {@code done}. */
    static byte[] item(Random random, List<String> done) {
        switch (random.nextInt(16)) {
            case 0:
                return deep(random, done);
            case 1:
                return hugeLength(random, done);
            case 2:
                return indefinite(random, done);
            case 3:
                return reserved(random, done);
            case 4:
                return bigNumber(random, done);
            case 5:
                return oddFloat(random, done);
            case 6:
                return wide(random, done);
            case 7:
                return longString(random, done);
            case 8: {
                done.add("invalid UTF-8 text");
                return new byte[] {0x63, (byte) 0xC3, 0x28, (byte) 0xFF};
            }
            case 9: {
                done.add("map with a duplicate key");
                return new byte[] {(byte) 0xA2, 0x61, 'v', 0x01, 0x61, 'v', 0x02};
            }
            case 10:
                return tagged(random, done);
            case 11: {
                done.add("truncated item");
                byte[] whole = CBORObject.NewArray().Add("abc").Add(new byte[] {1, 2, 3}).Add(7).EncodeToBytes();
                return Arrays.copyOf(whole, 1 + random.nextInt(whole.length - 1));
            }
            case 12: {
                done.add("random bytes");
                return Bytes.randomBytes(random, 1 + random.nextInt(32));
            }
            default:
                return plain(random, done);
        }
    }

    /** An ordinary item of a random type: what a field of the wrong type holds. */
    static byte[] plain(Random random, List<String> done) {
        CBORObject[] values = {CBORObject.FromObject(0), CBORObject.FromObject(-1), CBORObject.FromObject(Long.MAX_VALUE),
            CBORObject.FromObject(Long.MIN_VALUE), CBORObject.FromObject(""), CBORObject.FromObject("2021-08-10"),
            CBORObject.FromObject(new byte[0]), CBORObject.FromObject(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}), CBORObject.Null,
            CBORObject.Undefined, CBORObject.True, CBORObject.False, CBORObject.NewArray(), CBORObject.NewMap(),
            CBORObject.FromSimpleValue(19), CBORObject.FromObject(1.5), CBORObject.NewMap().Add(1, 2),
            CBORObject.NewArray().Add(CBORObject.NewMap()), CBORObject.NewMap().Add(CBORObject.NewArray(), 1)};
        int pick = random.nextInt(values.length);
        done.add("plain item #" + pick);
        return values[pick].EncodeToBytes();
    }

    private static byte[] deep(Random random, List<String> done) {
        int[] depths = {8, 64, 300, 498, 499, 500, 501, 502, 1000, 5000, 30_000};
        int depth = depths[random.nextInt(depths.length)];
        byte[] level;
        String kind;
        switch (random.nextInt(5)) {
            case 0:
                level = new byte[] {(byte) 0x81};
                kind = "arrays";
                break;
            case 1:
                level = new byte[] {(byte) 0xA1, 0x61, 'a'};
                kind = "maps";
                break;
            case 2:
                level = new byte[] {(byte) 0xC6};
                kind = "tags";
                break;
            case 3:
                level = new byte[] {(byte) 0x9F};
                kind = "indefinite arrays";
                break;
            default:
                level = new byte[] {(byte) 0xA1, (byte) 0x81};
                kind = "maps keyed by arrays";
                break;
        }
        done.add(depth + " nested " + kind);
        boolean indefinite = level[0] == (byte) 0x9F;
        byte[] out = new byte[depth * level.length + 1 + (indefinite ? depth : 0)];
        for (int i = 0; i < depth; i++) {
            System.arraycopy(level, 0, out, i * level.length, level.length);
        }
        out[depth * level.length] = 0x00;
        if (indefinite) {
            Arrays.fill(out, depth * level.length + 1, out.length, (byte) 0xFF);
        }
        if (level[0] == (byte) 0xA1 && level[1] == (byte) 0x81) {
            // Each map's key is the next level; give the innermost map its value, then every outer one its value.
            byte[] values = new byte[depth];
            return Bytes.concat(out, values);
        }
        return out;
    }

    private static byte[] hugeLength(Random random, List<String> done) {
        int[] heads = {0x5B, 0x7B, 0x9B, 0xBB, 0x5A, 0x7A, 0x9A, 0xBA, 0x59, 0x99};
        int head = heads[random.nextInt(heads.length)];
        long[] lengths = {Long.MAX_VALUE, -1L, 1L << 32, 0xFFFFFFFFL, 0x7FFFFFFFL, 65_535, 4_096};
        long length = lengths[random.nextInt(lengths.length)];
        int argumentBytes = 1 << ((head & 0x1F) - 24);
        byte[] out = new byte[1 + argumentBytes + random.nextInt(4)];
        out[0] = (byte) head;
        for (int i = 0; i < argumentBytes; i++) {
            out[1 + i] = (byte) (length >>> (8 * (argumentBytes - 1 - i)));
        }
        done.add(String.format("head 0x%02X claiming length %d", head, length));
        return out;
    }

    private static byte[] indefinite(Random random, List<String> done) {
        byte[][] forms = {
            {(byte) 0x9F, 0x01, 0x02},                                     // array without its break
            {(byte) 0x9F, 0x01, (byte) 0xFF},                              // well-formed array
            {(byte) 0xBF, 0x61, 'a', 0x01, (byte) 0xFF},                   // well-formed map
            {(byte) 0xBF, 0x61, 'a', (byte) 0xFF},                         // map with a key and no value
            {(byte) 0x5F, 0x42, 1, 2, 0x41, 3, (byte) 0xFF},               // chunked bytes
            {(byte) 0x5F, 0x61, 'a', (byte) 0xFF},                         // bytes chunked as text
            {(byte) 0x7F, 0x61, 'a', 0x62, 'b', 'c', (byte) 0xFF},         // chunked text
            {(byte) 0x7F, 0x7F, (byte) 0xFF, (byte) 0xFF},                 // nested indefinite text
            {(byte) 0xFF},                                                 // break alone
            {(byte) 0x1F},                                                 // indefinite integer
            {(byte) 0xDF, 0x00},                                           // indefinite tag
        };
        int pick = random.nextInt(forms.length);
        done.add("indefinite form #" + pick);
        return forms[pick].clone();
    }

    private static byte[] reserved(Random random, List<String> done) {
        byte[][] forms = {{0x1C}, {0x1D}, {0x1E}, {0x3C}, {0x5C}, {0x7D}, {(byte) 0x9E}, {(byte) 0xBC}, {(byte) 0xDC},
            {(byte) 0xFC}, {(byte) 0xF8, 0x10}, {(byte) 0xF8, (byte) 0xFF}, {(byte) 0xF7}, {0x18, 0x01}, {0x19, 0x00, 0x01}};
        int pick = random.nextInt(forms.length);
        done.add("reserved or non-shortest head #" + pick);
        return forms[pick].clone();
    }

    private static byte[] bigNumber(Random random, List<String> done) {
        String[] numbers = {"18446744073709551616", "-18446744073709551617", "9223372036854775808", "-9223372036854775809",
            "1" + "0".repeat(80), "-" + "9".repeat(200)};
        int pick = random.nextInt(numbers.length + 2);
        if (pick == numbers.length) {
            done.add("bignum of 4096 bytes");
            byte[] magnitude = Bytes.randomBytes(random, 4096);
            return Bytes.concat(new byte[] {(byte) 0xC2, 0x59, 0x10, 0x00}, magnitude);
        }
        if (pick == numbers.length + 1) {
            done.add("decimal fraction with exponent 2^63-1");
            return new byte[] {(byte) 0xC4, (byte) 0x82, 0x1B, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
                (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x01};
        }
        done.add("integer " + numbers[pick]);
        return CBORObject.FromObject(EInteger.FromString(numbers[pick])).EncodeToBytes();
    }

    private static byte[] oddFloat(Random random, List<String> done) {
        CBORObject[] floats = {CBORObject.FromObject(Double.NaN), CBORObject.FromObject(Double.POSITIVE_INFINITY),
            CBORObject.FromObject(Double.NEGATIVE_INFINITY), CBORObject.FromObject(1e300), CBORObject.FromObject(-1e300),
            CBORObject.FromObject(-0.0), CBORObject.FromObject(9.3e18), CBORObject.FromObject(4.9e-324),
            CBORObject.FromFloatingPointBits(0x7E00, 2), CBORObject.FromFloatingPointBits(0x7C01, 2),
            CBORObject.FromFloatingPointBits(0x3C00, 2), CBORObject.FromFloatingPointBits(0x7F800001L, 4)};
        int pick = random.nextInt(floats.length);
        done.add("float #" + pick);
        return floats[pick].EncodeToBytes();
    }

    private static byte[] wide(Random random, List<String> done) {
        int count = new int[] {100, 1000, 10_000, 30_000}[random.nextInt(4)];
        boolean map = random.nextBoolean();
        done.add((map ? "map of " : "array of ") + count + (map ? " entries" : " items"));
        byte[] head = {(byte) (map ? 0xB9 : 0x99), (byte) (count >>> 8), (byte) count};
        if (!map) {
            return Bytes.concat(head, new byte[count]);
        }
        byte[] entries = new byte[count * 4];
        for (int i = 0; i < count; i++) {
            entries[4 * i] = 0x19; // key: a distinct 16-bit integer
            entries[4 * i + 1] = (byte) (i >>> 8);
            entries[4 * i + 2] = (byte) i;
            entries[4 * i + 3] = 0x00;
        }
        return Bytes.concat(head, entries);
    }

    private static byte[] longString(Random random, List<String> done) {
        int length = new int[] {256, 4096, 30_000, 60_000}[random.nextInt(4)];
        boolean text = random.nextBoolean();
        done.add((text ? "text of " : "bytes of ") + length);
        byte[] content = new byte[length];
        Arrays.fill(content, (byte) (text ? 'A' : 0));
        byte[] head = {(byte) (text ? 0x79 : 0x59), (byte) (length >>> 8), (byte) length};
        return Bytes.concat(head, content);
    }

    private static byte[] tagged(Random random, List<String> done) {
        byte[][] forms = {
            Bytes.concat(new byte[] {(byte) 0xC0}, CBORObject.FromObject("not a date").EncodeToBytes()),
            Bytes.concat(new byte[] {(byte) 0xC1}, CBORObject.FromObject("1").EncodeToBytes()),
            Bytes.concat(new byte[] {(byte) 0xC2}, CBORObject.FromObject("text").EncodeToBytes()),
            {(byte) 0xDB, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x00},
            {(byte) 0xD8, 0x3D, (byte) 0xD2, (byte) 0x80},                 // 61(18([]))
            {(byte) 0xD9, (byte) 0xD9, (byte) 0xF7, 0x00},                 // self-described CBOR
            {(byte) 0xD8, 0x1C, (byte) 0x81, (byte) 0xD8, 0x1D, 0x00},     // shared value and reference tags
            {(byte) 0xD8, 0x18, 0x43, (byte) 0x81, (byte) 0x81, 0x00},     // embedded CBOR
        };
        int pick = random.nextInt(forms.length);
        done.add("tagged form #" + pick);
        return forms[pick].clone();
    }

    /** A byte string unlikely to occur anywhere else: a stand-in for an odd item until {@link #place} swaps it in. */
    static CBORObject placeholder(Random random) {
        byte[] marker = Bytes.randomBytes(random, 12);
        marker[0] = 'P';
        marker[1] = 'H';
        return CBORObject.FromObject(marker);
    }

    /** {@code encoded} with the placeholder's encoding replaced by {@code raw}; unchanged if it is not there. */
    static byte[] place(byte[] encoded, CBORObject placeholder, byte[] raw) {
        byte[] marker = placeholder.EncodeToBytes();
        for (int i = 0; i + marker.length <= encoded.length; i++) {
            if (Arrays.equals(encoded, i, i + marker.length, marker, 0, marker.length)) {
                return Bytes.splice(encoded, i, marker.length, raw);
            }
        }
        return encoded;
    }
}
