package vn.vaxpass.qr;

/**
 * Reads the entropy-coded bits of a JPEG scan (ITU-T T.81 §F.1.2.3): removes the 0x00 stuffed after each 0xFF
 * and stops at the next marker, after which it yields zero bits as libjpeg does, so a damaged scan ends in a
 * damaged picture rather than a crash. Running off the end of the data is remembered: the file is truncated.
 */
final class JpegBitReader {

    private final byte[] data;
    private int pos;
    private long buffer;
    private int bits;
    private boolean atMarker;
    private boolean truncated;

    JpegBitReader(byte[] data, int pos) {
        this.data = data;
        this.pos = pos;
    }

    /** Where the next marker (0xFF) is, once reached; otherwise the next unread byte. */
    int position() {
        return pos;
    }

    boolean truncated() {
        return truncated;
    }

    private void fill() {
        while (bits <= 56) {
            int b = 0;
            if (!atMarker) {
                if (pos >= data.length) {
                    truncated = true;
                    atMarker = true;
                } else if ((data[pos] & 0xFF) != 0xFF) {
                    b = data[pos++] & 0xFF;
                } else if (pos + 1 < data.length && data[pos + 1] == 0) {
                    b = 0xFF;
                    pos += 2;
                } else {
                    atMarker = true;
                }
            }
            buffer = buffer << 8 | b;
            bits += 8;
        }
    }

    /** The next {@code n} bits (0 to 16) without consuming them. */
    int peek(int n) {
        if (bits < n) {
            fill();
        }
        return (int) (buffer >>> (bits - n)) & ((1 << n) - 1);
    }

    void skip(int n) {
        bits -= n;
    }

    int bits(int n) {
        if (n == 0) {
            return 0;
        }
        int value = peek(n);
        bits -= n;
        return value;
    }

    int bit() {
        return bits(1);
    }

    /** Reads {@code n} bits as a signed value in the JPEG way (T.81 §F.2.2.1, EXTEND). */
    int signed(int n) {
        if (n == 0) {
            return 0;
        }
        int value = bits(n);
        return value < 1 << (n - 1) ? value - (1 << n) + 1 : value;
    }

    /**
     * Skips to the restart marker due after a restart interval (T.81 §E.1.4): drops the bits left in the
     * byte, then passes the marker if it is an RSTn. Another marker is left for the caller to find.
     */
    void restart() {
        buffer = 0;
        bits = 0;
        atMarker = false;
        while (pos + 1 < data.length && !((data[pos] & 0xFF) == 0xFF && data[pos + 1] != 0)) {
            pos++;
        }
        int marker = pos + 1 < data.length ? data[pos + 1] & 0xFF : -1;
        if (marker >= 0xD0 && marker <= 0xD7) {
            pos += 2;
        } else if (pos + 1 >= data.length) {
            pos = data.length;
        }
    }
}
