package vn.vaxpass.qr;

import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The zlib stream spread over a PNG's IDAT chunks (PNG §10), inflated on demand so that no more than the
 * header's image size is ever produced, however well the data compresses.
 */
final class PngImageData implements AutoCloseable {

    private final byte[] png;
    private final List<int[]> chunks;
    private final Inflater inflater = new Inflater();
    private int nextChunk;

    /** @param chunks each chunk's data as {offset, length} into {@code png} */
    PngImageData(byte[] png, List<int[]> chunks) {
        this.png = png;
        this.chunks = chunks;
    }

    /** Fills {@code target[0..length)} with the next inflated bytes, or fails if the stream ends first. */
    void readFully(byte[] target, int length) throws QrReadException {
        int filled = 0;
        try {
            while (filled < length) {
                int n = inflater.inflate(target, filled, length - filled);
                if (n > 0) {
                    filled += n;
                } else if (inflater.finished()) {
                    throw QrReadException.corrupt("image data ends early");
                } else if (inflater.needsInput()) {
                    feedNextChunk();
                } else {
                    // A preset dictionary is not allowed in PNG, and no other state can make no progress.
                    throw QrReadException.corrupt("image data asks for a zlib dictionary");
                }
            }
        } catch (DataFormatException e) {
            throw new QrReadException(QrReadException.Code.CORRUPT_IMAGE, "bad zlib data: " + e.getMessage(), e);
        }
    }

    private void feedNextChunk() throws QrReadException {
        if (nextChunk >= chunks.size()) {
            throw QrReadException.corrupt("image data truncated");
        }
        int[] chunk = chunks.get(nextChunk++);
        inflater.setInput(png, chunk[0], chunk[1]);
    }

    @Override
    public void close() {
        inflater.end();
    }
}
