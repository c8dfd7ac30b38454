package vn.vaxpass.qr;

import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads the text of the QR code in a PNG or JPEG image, without AWT: the image is decoded to luminance here and
 * handed to ZXing's QR reader. Built for untrusted uploads: every failure is a {@link QrReadException} with a
 * stable code, whatever the bytes.
 */
public final class QrReader {

    /** The largest image accepted, in pixels (16 megapixels): checked before any pixel buffer is allocated. */
    public static final long MAX_PIXELS = GrayImage.MAX_PIXELS;

    private QrReader() {
    }

    /**
     * The text of the QR code in the image.
     *
     * @param image the bytes of a PNG or JPEG file
     * @throws QrReadException with {@link QrReadException.Code#NO_QR_CODE} if the image decodes but holds no readable
     *                         QR code, or another code if the image itself cannot be decoded
     */
    public static String read(byte[] image) throws QrReadException {
        return readQrCode(decode(image));
    }

    static GrayImage decode(byte[] image) throws QrReadException {
        ImageFormat format = ImageFormat.detect(image);
        try {
            switch (format) {
                case PNG:
                    return PngDecoder.decode(image);
                case JPEG:
                    return JpegDecoder.decode(image);
                case UNKNOWN:
                    throw new QrReadException(QrReadException.Code.NOT_AN_IMAGE,
                            image.length == 0 ? "no bytes" : "no known image signature");
                default:
                    throw QrReadException.unsupported(format + " images");
            }
        } catch (RuntimeException e) {
            // The decoders check what they read; this is the net under a check they missed.
            throw new QrReadException(QrReadException.Code.CORRUPT_IMAGE, format + " decoder failed: " + e, e);
        }
    }

    /** The text of the QR code in a decoded image (package-private for the fuzzing tests, which decode apart). */
    static String readQrCode(GrayImage image) throws QrReadException {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        try {
            return decodeWith(image, hints);
        } catch (NotFoundException | ChecksumException | FormatException e) {
            // Outside tests ZXing throws shared singletons (see ReaderException): never chain or change them.
        } catch (RuntimeException e) {
            throw noQrCode(image, e);
        }
        // A clean, computer-made image (like those this package writes) may only be found when read whole.
        hints.put(DecodeHintType.PURE_BARCODE, Boolean.TRUE);
        try {
            return decodeWith(image, hints);
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw noQrCode(image, null);
        } catch (RuntimeException e) {
            throw noQrCode(image, e);
        }
    }

    private static QrReadException noQrCode(GrayImage image, RuntimeException cause) {
        String message = "no readable QR code in a " + image.width() + "x" + image.height() + " image";
        return cause == null ? new QrReadException(QrReadException.Code.NO_QR_CODE, message)
                : new QrReadException(QrReadException.Code.NO_QR_CODE, message + ": " + cause, cause);
    }

    private static String decodeWith(GrayImage image, Map<DecodeHintType, Object> hints)
            throws NotFoundException, ChecksumException, FormatException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new GrayLuminanceSource(image)));
        Result result = new QRCodeReader().decode(bitmap, hints);
        return result.getText();
    }
}
