package vn.vaxpass.qr;

/** A decoded image reduced to luminance, one byte (0 black .. 255 white) per pixel, row by row. */
final class GrayImage {

    /** The most pixels a decoder may allocate for one image: 16 megapixels, 16 MiB of luminance. */
    static final long MAX_PIXELS = 16L * 1024 * 1024;
    /**
     * Longest side read: a phone photo of a QR code is a few thousand pixels wide. It bounds a decoder's row
     * buffers (at most 8 bytes a pixel) as {@link #MAX_PIXELS} bounds the image.
     */
    static final long MAX_SIDE = 16_384;

    private final int width;
    private final int height;
    private final byte[] luminance;

    GrayImage(int width, int height, byte[] luminance) {
        if (luminance.length != width * height) {
            throw new IllegalArgumentException("expected " + width * height + " pixels, got " + luminance.length);
        }
        this.width = width;
        this.height = height;
        this.luminance = luminance;
    }

    /**
     * Allocates the pixels of an image whose size came from an untrusted header, after checking the bound.
     */
    static byte[] allocate(long width, long height) throws QrReadException {
        allocateCheck(width, height);
        return new byte[(int) (width * height)];
    }

    /** Refuses a size that is not positive or exceeds {@link #MAX_PIXELS} or {@link #MAX_SIDE}. */
    static void allocateCheck(long width, long height) throws QrReadException {
        if (width <= 0 || height <= 0) {
            throw QrReadException.corrupt("image size " + width + "x" + height);
        }
        if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
            throw new QrReadException(QrReadException.Code.IMAGE_TOO_LARGE,
                    width + "x" + height + " pixels exceeds " + MAX_PIXELS + " or a side of " + MAX_SIDE);
        }
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The pixels themselves, not a copy: callers must not change them. */
    byte[] luminance() {
        return luminance;
    }

    int at(int x, int y) {
        return luminance[y * width + x] & 0xFF;
    }
}
