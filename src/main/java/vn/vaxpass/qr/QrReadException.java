package vn.vaxpass.qr;

/**
 * Why an image could not be read as a QR code. Every failure of {@link QrReader} ends here, whatever the input.
 */
public final class QrReadException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Stable, machine-readable reasons; safe to show to a client and to count in metrics. */
    public enum Code {
        /** Empty, or neither PNG nor JPEG nor any other image format recognised by its signature. */
        NOT_AN_IMAGE("Tệp gửi lên không phải ảnh PNG hay JPEG. / The file is not a PNG or JPEG image."),
        /** An image format or variant this reader does not decode (GIF, arithmetic-coded JPEG, CMYK...). */
        UNSUPPORTED_IMAGE("Không đọc được loại ảnh này; hãy gửi ảnh PNG hoặc JPEG thông thường."
                + " / This kind of image cannot be read; send an ordinary PNG or JPEG."),
        /** More pixels than {@code QrReader.MAX_PIXELS}; refused before allocating. */
        IMAGE_TOO_LARGE("Ảnh quá lớn; hãy gửi ảnh nhỏ hơn hoặc nội dung HC1."
                + " / The image has too many pixels; send a smaller photo or the HC1 text."),
        /** The image is damaged: truncated, bad checksum, invalid structure or compressed data. */
        CORRUPT_IMAGE("Ảnh bị hỏng hoặc không đầy đủ. / The image is damaged or incomplete."),
        /** The image decoded, but no QR code was found or it could not be decoded. */
        NO_QR_CODE("Không tìm thấy mã QR đọc được trong ảnh. / No readable QR code was found in the image.");

        private final String publicMessage;

        Code(String publicMessage) {
            this.publicMessage = publicMessage;
        }

        /**
         * What a caller is told: the same words for every image that fails this way. The exception's own message
         * names the decoder's detail, which is for our logs and tests, never for a response.
         */
        public String publicMessage() {
            return publicMessage;
        }
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
