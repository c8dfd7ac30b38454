package vn.vaxpass.qr;

import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Mode;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

/**
 * Encodes HC1 text into a QR symbol as the hcert spec asks (eHealth Network, "Electronic Health Certificates",
 * Transport Encodings, 2D barcode: QR in alphanumeric mode at error correction level Q), with ZXing's encoder.
 */
public final class QrEncoder {

    /** The QR alphanumeric character set (ISO/IEC 18004:2015 §7.4.5, table 5); Base45 uses exactly these. */
    static final String ALPHANUMERIC_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    private static final ErrorCorrectionLevel LEVEL = ErrorCorrectionLevel.Q;
    /** ZXing builds with mask 0 only; {@link QrMaskSelector} then picks the mask ZXing would have picked. */
    private static final Map<EncodeHintType, Object> MASK_ZERO = maskZero();

    private QrEncoder() {
    }

    /**
     * Encodes the text at level Q in alphanumeric mode.
     *
     * @throws IllegalArgumentException if the text has a character outside the alphanumeric set (so would need
     *                                  byte mode, which the hcert spec rules out) or is too long for a QR symbol
     */
    public static QrSymbol encode(String text) {
        requireAlphanumeric(text);
        QRCode code;
        try {
            code = Encoder.encode(text, LEVEL, MASK_ZERO);
        } catch (WriterException e) {
            throw new IllegalArgumentException("text does not fit a QR symbol at level " + LEVEL, e);
        }
        // ZXing picks the mode itself; an all-digit text gets numeric mode, which is a subset and decodes the same.
        if (code.getMode() != Mode.ALPHANUMERIC && code.getMode() != Mode.NUMERIC) {
            throw new IllegalStateException("ZXing chose " + code.getMode() + " mode for alphanumeric text");
        }
        return toSymbol(code);
    }

    private static void requireAlphanumeric(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("text is empty");
        }
        for (int i = 0; i < text.length(); i++) {
            if (ALPHANUMERIC_ALPHABET.indexOf(text.charAt(i)) < 0) {
                throw new IllegalArgumentException(
                        "character at index " + i + " is outside the QR alphanumeric set: U+"
                                + String.format("%04X", (int) text.charAt(i)));
            }
        }
    }

    private static QrSymbol toSymbol(QRCode code) {
        QrMaskSelector.Masked masked = QrMaskSelector.choose(code.getMatrix(), code.getVersion(), LEVEL);
        int size = code.getMatrix().getWidth();
        byte[] modules = masked.modules();
        boolean[] dark = new boolean[modules.length];
        for (int i = 0; i < modules.length; i++) {
            dark[i] = modules[i] == 1;
        }
        return new QrSymbol(code.getVersion().getVersionNumber(), size, dark);
    }

    private static Map<EncodeHintType, Object> maskZero() {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.QR_MASK_PATTERN, 0);
        return hints;
    }
}
