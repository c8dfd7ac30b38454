package vn.vaxpass.qr;

/** The IHDR chunk (PNG §11.2.2), validated: only the colour type and bit depth pairs of table 11.1. */
record PngHeader(int width, int height, int bitDepth, int colourType, int interlace) {

    static final int GRAYSCALE = 0;
    static final int TRUECOLOUR = 2;
    static final int INDEXED = 3;
    static final int GRAYSCALE_ALPHA = 4;
    static final int TRUECOLOUR_ALPHA = 6;

    static PngHeader parse(byte[] png, int pos) throws QrReadException {
        int width = PngDecoder.readInt(png, pos);
        int height = PngDecoder.readInt(png, pos + 4);
        int bitDepth = png[pos + 8] & 0xFF;
        int colourType = png[pos + 9] & 0xFF;
        int compression = png[pos + 10] & 0xFF;
        int filterMethod = png[pos + 11] & 0xFF;
        int interlace = png[pos + 12] & 0xFF;
        if (width <= 0 || height <= 0) {
            throw QrReadException.corrupt("image size " + Integer.toUnsignedString(width) + "x"
                    + Integer.toUnsignedString(height));
        }
        if (!validDepth(colourType, bitDepth)) {
            throw QrReadException.corrupt("colour type " + colourType + " with bit depth " + bitDepth);
        }
        if (compression != 0 || filterMethod != 0 || interlace > 1) {
            throw QrReadException.corrupt("compression " + compression + ", filter method " + filterMethod
                    + ", interlace " + interlace);
        }
        // Refuse oversized images here, before any buffer is sized from the header.
        GrayImage.allocateCheck(width, height);
        return new PngHeader(width, height, bitDepth, colourType, interlace);
    }

    private static boolean validDepth(int colourType, int bitDepth) {
        switch (colourType) {
            case GRAYSCALE:
                return bitDepth == 1 || bitDepth == 2 || bitDepth == 4 || bitDepth == 8 || bitDepth == 16;
            case INDEXED:
                return bitDepth == 1 || bitDepth == 2 || bitDepth == 4 || bitDepth == 8;
            case TRUECOLOUR:
            case GRAYSCALE_ALPHA:
            case TRUECOLOUR_ALPHA:
                return bitDepth == 8 || bitDepth == 16;
            default:
                return false;
        }
    }

    int channels() {
        switch (colourType) {
            case TRUECOLOUR:
                return 3;
            case GRAYSCALE_ALPHA:
                return 2;
            case TRUECOLOUR_ALPHA:
                return 4;
            default:
                return 1;
        }
    }

    int bitsPerPixel() {
        return channels() * bitDepth;
    }
}
