package vn.vaxpass.certificate.conformance;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import vn.vaxpass.shared.IsoInstant;

/**
 * One dgc-testdata vector (dgc-testdata README, "RAW Content"), named by its path under {@code dcc-testdata/}
 * ({@code common/2DCode/raw/CO22.json}).
 */
record DccTestVector(String path, JsonNode raw) {

    static final String JSON = "JSON";
    static final String CBOR = "CBOR";
    static final String COSE = "COSE";
    static final String COMPRESSED = "COMPRESSED";
    static final String BASE45 = "BASE45";
    static final String PREFIX = "PREFIX";
    static final String PICTURE = "2DCODE";
    static final String TEST_CONTEXT = "TESTCTX";
    static final String CERTIFICATE = "CERTIFICATE";
    static final String VALIDATION_CLOCK = "VALIDATIONCLOCK";
    static final String DESCRIPTION = "DESCRIPTION";
    static final String EXPECTED_RESULTS = "EXPECTEDRESULTS";


    /** The first folder: a country code, or {@code common}. */
    String country() {
        return path.substring(0, path.indexOf('/'));
    }

    /** The file name without {@code .json}: what known_issues.csv calls the test set. */
    String testSet() {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.substring(0, file.length() - ".json".length());
    }

    String description() {
        return raw.path(TEST_CONTEXT).path(DESCRIPTION).asText("");
    }

    boolean has(String field) {
        return raw.hasNonNull(field);
    }

    Optional<String> text(String field) {
        return Optional.ofNullable(raw.get(field)).filter(JsonNode::isTextual).map(JsonNode::textValue);
    }

    /** A hex field (CBOR, COSE, COMPRESSED) as bytes. */
    Optional<byte[]> bytes(String field) {
        return text(field).map(hex -> HexFormat.of().parseHex(hex.strip()));
    }

    /** 2DCODE: the QR code as an image file (PNG in every vendored vector), base64, line breaks tolerated. */
    Optional<byte[]> picture() {
        return text(PICTURE).map(base64 -> Base64.getMimeDecoder().decode(base64));
    }

    Optional<JsonNode> json() {
        return Optional.ofNullable(raw.get(JSON)).filter(JsonNode::isObject);
    }

    /** TESTCTX.CERTIFICATE: the DSC, base64 of its DER (line breaks tolerated). */
    X509Certificate certificate() {
        String base64 = raw.path(TEST_CONTEXT).path(CERTIFICATE).asText();
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getMimeDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(path + ": TESTCTX.CERTIFICATE is not a certificate", e);
        }
    }

    Instant validationClock() {
        return IsoInstant.parse(raw.path(TEST_CONTEXT).path(VALIDATION_CLOCK).asText());
    }

    /** EXPECTEDRESULTS as written, misspelt keys included, in file order. */
    Map<String, JsonNode> expectedResults() {
        Map<String, JsonNode> results = new LinkedHashMap<>();
        raw.path(EXPECTED_RESULTS).fields().forEachRemaining(e -> results.put(e.getKey(), e.getValue()));
        return results;
    }

    @Override
    public String toString() {
        return path;
    }
}
