package vn.vaxpass.certificate.cbor;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes CBOR items (RFC 8949 §3) straight to bytes, definite lengths and every head in its shortest form
 * (the preferred serialization of §4.1): the bytes PeterO's {@code CBORObject.EncodeToBytes} gives for the
 * same items, without building a tree of objects first, which cost a tenth of issuing a certificate
 * (measured). Maps are written in the order the caller writes their entries. Not thread-safe: one per item.
 */
public final class CborWriter {

    /** Major types (RFC 8949 §3.1). */
    private static final int UNSIGNED = 0;
    private static final int NEGATIVE = 1;
    private static final int BYTE_STRING = 2;
    private static final int TEXT_STRING = 3;
    private static final int ARRAY = 4;
    private static final int MAP = 5;
    private static final int TAG = 6;
    /** Additional information: the argument follows in 1, 2, 4 or 8 bytes (RFC 8949 §3); below 24 it is the argument. */
    private static final int ONE_BYTE = 24;
    private static final int TWO_BYTES = 25;
    private static final int FOUR_BYTES = 26;
    private static final int EIGHT_BYTES = 27;
    /** Simple values false, true, null (RFC 8949 §3.3). */
    private static final int FALSE = 0xf4;
    private static final int TRUE = 0xf5;
    private static final int NULL = 0xf6;

    private byte[] buffer;
    private int size;

    /** @param capacity the expected size in bytes; the buffer grows past it when needed */
    public CborWriter(int capacity) {
        this.buffer = new byte[Math.max(capacity, 16)];
    }

    /** Starts a map; the caller then writes {@code entries} key–value pairs. */
    public CborWriter map(int entries) {
        return head(MAP, entries);
    }

    /** Starts an array; the caller then writes {@code elements} items. */
    public CborWriter array(int elements) {
        return head(ARRAY, elements);
    }

    /** Tags the item the caller writes next. */
    public CborWriter tag(long tag) {
        return head(TAG, tag);
    }

    public CborWriter integer(long value) {
        // −1 − value, the argument of a negative integer, is ~value (and fits in 64 unsigned bits).
        return value >= 0 ? head(UNSIGNED, value) : head(NEGATIVE, ~value);
    }

    public CborWriter bytes(byte[] value) {
        head(BYTE_STRING, value.length);
        return raw(value);
    }

    /**
     * A text string in UTF-8.
     *
     * @throws IllegalArgumentException when the text has an unpaired surrogate, which no UTF-8 can carry
     *     (PeterO refuses it the same way; {@code String.getBytes} would write '?')
     */
    public CborWriter text(String value) {
        requireNoUnpairedSurrogate(value);
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        head(TEXT_STRING, utf8.length);
        return raw(utf8);
    }

    public CborWriter bool(boolean value) {
        return simple(value ? TRUE : FALSE);
    }

    public CborWriter nil() {
        return simple(NULL);
    }

    /** An item already encoded as CBOR, copied as it is. */
    public CborWriter raw(byte[] encoded) {
        ensure(encoded.length);
        System.arraycopy(encoded, 0, buffer, size, encoded.length);
        size += encoded.length;
        return this;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    private static void requireNoUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("text has an unpaired surrogate at index " + i);
            }
        }
    }

    private CborWriter simple(int value) {
        ensure(1);
        buffer[size++] = (byte) value;
        return this;
    }

    /** The initial byte and the argument in its shortest form; the argument is unsigned. */
    private CborWriter head(int major, long argument) {
        ensure(1 + Long.BYTES);
        int type = major << 5;
        if (Long.compareUnsigned(argument, ONE_BYTE) < 0) {
            buffer[size++] = (byte) (type | (int) argument);
        } else if (Long.compareUnsigned(argument, 0xffL) <= 0) {
            buffer[size++] = (byte) (type | ONE_BYTE);
            put(argument, 1);
        } else if (Long.compareUnsigned(argument, 0xffffL) <= 0) {
            buffer[size++] = (byte) (type | TWO_BYTES);
            put(argument, 2);
        } else if (Long.compareUnsigned(argument, 0xffff_ffffL) <= 0) {
            buffer[size++] = (byte) (type | FOUR_BYTES);
            put(argument, 4);
        } else {
            buffer[size++] = (byte) (type | EIGHT_BYTES);
            put(argument, 8);
        }
        return this;
    }

    /** The low {@code count} bytes of {@code value}, big-endian (network byte order, RFC 8949 §3). */
    private void put(long value, int count) {
        for (int shift = 8 * (count - 1); shift >= 0; shift -= 8) {
            buffer[size++] = (byte) (value >>> shift);
        }
    }

    private void ensure(int more) {
        if (buffer.length - size < more) {
            buffer = Arrays.copyOf(buffer, Math.max(2 * buffer.length, size + more));
        }
    }
}
