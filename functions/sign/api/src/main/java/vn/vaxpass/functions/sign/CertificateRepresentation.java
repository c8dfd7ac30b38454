package vn.vaxpass.functions.sign;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;

import vn.vaxpass.certificate.IssuedCertificate;
import vn.vaxpass.qr.QrEncoder;
import vn.vaxpass.qr.QrPngWriter;
import vn.vaxpass.qr.QrSvgWriter;

/**
 * The forms a certificate is served in: the HC1 text, its QR code (level Q) as PNG or SVG, or JSON for pages. The
 * entity tag is taken from what the certificate means, not from its bytes: the UVCI, the window, the signing key's id
 * and the DCC payload (name, date of birth, the certified dose), and the form. A signer whose signatures are randomised (AWS KMS,
 * RSA-PSS) gives other bytes for the same certificate on every request; the tag stays, so a 304 holds with every
 * signer and needs no QR drawn. A new window, a corrected record or another key gives another tag.
 */
enum CertificateRepresentation {

    HC1_TEXT(MediaType.TEXT_PLAIN_TYPE, "hc1"),
    PNG(new MediaType("image", "png"), "png"),
    SVG(new MediaType("image", "svg+xml"), "svg"),
    /** What a page shows beside the QR: UVCI, window and HC1 text. Last, so a wildcard Accept still gets HC1 text. */
    JSON(MediaType.APPLICATION_JSON_TYPE, "json");

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

    EntityTag entityTag(IssuedCertificate certificate) {
        String meaning = String.join("\u001f", certificate.uvci(), certificate.validity().issuedAt().toString(),
                certificate.validity().expiresAt().toString(), Base64.getEncoder().encodeToString(certificate.kid()),
                certificate.dcc().toString());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(meaning.getBytes(StandardCharsets.UTF_8));
            return new EntityTag(HexFormat.of().formatHex(Arrays.copyOf(digest, TAG_BYTES)) + "-" + suffix);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
        }
    }

    Object body(IssuedCertificate certificate) {
        String hc1 = certificate.hc1();
        return switch (this) {
            case HC1_TEXT -> hc1;
            case PNG -> QrPngWriter.write(QrEncoder.encode(hc1));
            case SVG -> QrSvgWriter.write(QrEncoder.encode(hc1));
            case JSON -> CertificateSummary.of(certificate);
        };
    }
}
