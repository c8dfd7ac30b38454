package vn.vaxpass.functions.sign;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;

import vn.vaxpass.qr.QrEncoder;
import vn.vaxpass.qr.QrPngWriter;
import vn.vaxpass.qr.QrSvgWriter;

/**
 * The forms a certificate is served in: the HC1 text, or its QR code (level Q) as PNG or SVG. Each is a pure
 * function of the HC1 text, so the entity tag is taken from the HC1 and the form: the same window gives the
 * byte-identical HC1 (deterministic ES256), hence the same tag, and a 304 needs no QR drawn.
 */
enum CertificateRepresentation {

    HC1_TEXT(MediaType.TEXT_PLAIN_TYPE, "hc1"),
    PNG(new MediaType("image", "png"), "png"),
    SVG(new MediaType("image", "svg+xml"), "svg");

    /** 128 bits of SHA-256: as unique as a tag needs to be, short in a header. */
    private static final int TAG_BYTES = 16;

    private final MediaType mediaType;
    private final String suffix;

    CertificateRepresentation(MediaType mediaType, String suffix) {
        this.mediaType = mediaType;
        this.suffix = suffix;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /**
     * The caller's preferred form: the Accept header's media types in order of preference (as JAX-RS sorts them),
     * each matched against HC1 text, PNG, SVG in that order; text when anything goes.
     */
    static CertificateRepresentation preferred(List<MediaType> acceptable) {
        for (MediaType wanted : acceptable) {
            for (CertificateRepresentation representation : values()) {
                if (wanted.isCompatible(representation.mediaType)) {
                    return representation;
                }
            }
        }
        return HC1_TEXT;
    }

    EntityTag entityTag(String hc1) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(hc1.getBytes(StandardCharsets.US_ASCII));
            return new EntityTag(HexFormat.of().formatHex(Arrays.copyOf(digest, TAG_BYTES)) + "-" + suffix);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
        }
    }

    Object body(String hc1) {
        return switch (this) {
            case HC1_TEXT -> hc1;
            case PNG -> QrPngWriter.write(QrEncoder.encode(hc1));
            case SVG -> QrSvgWriter.write(QrEncoder.encode(hc1));
        };
    }
}
