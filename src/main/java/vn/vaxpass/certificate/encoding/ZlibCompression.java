package vn.vaxpass.certificate.encoding;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * zlib (RFC 1950) compression of the COSE message (hcert spec §4.2). Decompression is bounded: a QR code
 * holds at most about 3 KB, so anything inflating past {@link #MAX_INFLATED_BYTES} is refused as hostile.
 * Compression reuses {@link Deflater}s: a new one allocates about 256 KB of native state per certificate;
 * {@link Deflater#reset()} is zlib's deflateReset, which gives the stream a fresh Deflater gives, byte for
 * byte. At most {@link #IDLE_DEFLATERS} wait for reuse, so idle native memory stays bounded however many
 * threads compress; a thread that finds none idle makes one. Thread-safe.
 */
public final class ZlibCompression {

    public static final int MAX_INFLATED_BYTES = 64 * 1024;
    /** First byte of a zlib stream with the deflate method and a 32 KiB window (RFC 1950 §2.2, CMF). */
    public static final int ZLIB_CMF_DEFLATE_32K = 0x78;

    /** Deflaters kept for reuse: two per core covers every thread that can be compressing at once. */
    static final int IDLE_DEFLATERS = 2 * Runtime.getRuntime().availableProcessors();
    private static final BlockingQueue<Deflater> IDLE = new ArrayBlockingQueue<>(IDLE_DEFLATERS);

    private ZlibCompression() {
    }

    public static byte[] compress(byte[] data) {
        Deflater idle = IDLE.poll();
        Deflater deflater = idle != null ? idle : new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            byte[] buffer = new byte[data.length + 64];
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.reset();
            if (!IDLE.offer(deflater)) {
                deflater.end();
            }
        }
    }

    /** True when the data starts like a zlib stream (CMF byte and a valid FCHECK, RFC 1950 §2.2). */
    public static boolean looksCompressed(byte[] data) {
        return data.length >= 2
                && (data[0] & 0xFF) == ZLIB_CMF_DEFLATE_32K
                && (((data[0] & 0xFF) << 8) | (data[1] & 0xFF)) % 31 == 0;
    }

    /** @throws IllegalArgumentException when the data is not a complete zlib stream or inflates too far */
    public static byte[] decompress(byte[] data) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            byte[] buffer = new byte[4096];
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 2);
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalArgumentException("zlib stream is truncated");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_INFLATED_BYTES) {
                    throw new IllegalArgumentException("zlib stream inflates beyond " + MAX_INFLATED_BYTES + " bytes");
                }
            }
            if (inflater.getRemaining() > 0) {
                // The stream ends with its Adler-32 (RFC 1950 §2.2): anything after it is unsigned baggage.
                throw new IllegalArgumentException(inflater.getRemaining() + " bytes follow the end of the zlib stream");
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("not a zlib stream: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
