package vn.vaxpass.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes field bytes as UTF-8 and reports malformed input instead of replacing it: a file in Windows-1258 or
 * TCVN3 must be refused, not imported with U+FFFD in people's names. Java's UTF-8 decoder refuses overlong forms,
 * encoded surrogates and code points above U+10FFFF (Unicode 15, table 3-7).
 *
 * <p>One per read; not thread-safe (a {@link CharsetDecoder} holds state).
 */
final class StrictUtf8 {

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private CharBuffer chars = CharBuffer.allocate(256);
    private int errorOffset;

    /**
     * @param ascii the caller knows every byte is below 0x80: then the bytes are the characters
     * @return the text, or null when the bytes are not UTF-8; then {@link #errorOffset()} tells where
     */
    String decode(byte[] bytes, int from, int to, boolean ascii) {
        int length = to - from;
        if (ascii) {
            // ISO-8859-1 maps each byte to the char of the same value: for ASCII, exactly UTF-8, and the fastest copy.
            return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
        }
        if (chars.capacity() < length) {
            // UTF-8 never gives more UTF-16 chars than it has bytes.
            chars = CharBuffer.allocate(Math.max(length, chars.capacity() * 2));
        }
        chars.clear();
        ByteBuffer in = ByteBuffer.wrap(bytes, from, length);
        decoder.reset();
        CoderResult result = decoder.decode(in, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            errorOffset = in.position();
            return null;
        }
        chars.flip();
        return chars.toString();
    }

    /** The index of the first byte that is not UTF-8, after {@link #decode} returned null. */
    int errorOffset() {
        return errorOffset;
    }
}
