package vn.vaxpass.qr;

/**
 * Why an image could not be read as a QR code. Every failure of {@link QrReader} ends here, whatever the input.
 */
public final class QrReadException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Stable, machine-readable reasons; safe to show to a client and to count in metrics. */
    public enum Code {
        /** Empty, or neither PNG nor JPEG nor any other image format recognised by its signature. */
        NOT_AN_IMAGE,
        /** An image format or variant this reader does not decode (GIF, arithmetic-coded JPEG, CMYK...). */
        UNSUPPORTED_IMAGE,
        /** More pixels than {@code QrReader.MAX_PIXELS}; refused before allocating. */
        IMAGE_TOO_LARGE,
        /** The image is damaged: truncated, bad checksum, invalid structure or compressed data. */
        CORRUPT_IMAGE,
        /** The image decoded, but no QR code was found or it could not be decoded. */
        NO_QR_CODE
    }

    private final Code code;

    QrReadException(Code code, String message) {
        super(code + ": " + message);
        this.code = code;
    }

    QrReadException(Code code, String message, Throwable cause) {
        super(code + ": " + message, cause);
        this.code = code;
    }

    public Code code() {
        return code;
    }

    static QrReadException corrupt(String message) {
        return new QrReadException(Code.CORRUPT_IMAGE, message);
    }

    static QrReadException unsupported(String message) {
        return new QrReadException(Code.UNSUPPORTED_IMAGE, message);
    }
}
