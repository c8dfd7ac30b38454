package vn.vaxpass.certificate.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vaxpass.certificate.conformance.DccTestVector.BASE45;
import static vn.vaxpass.certificate.conformance.DccTestVector.CBOR;
import static vn.vaxpass.certificate.conformance.DccTestVector.COMPRESSED;
import static vn.vaxpass.certificate.conformance.DccTestVector.COSE;
import static vn.vaxpass.certificate.conformance.DccTestVector.JSON;
import static vn.vaxpass.certificate.conformance.DccTestVector.PICTURE;
import static vn.vaxpass.certificate.conformance.DccTestVector.PREFIX;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import com.fasterxml.jackson.databind.JsonNode;

import vn.vaxpass.certificate.cbor.CborJson;
import vn.vaxpass.certificate.cose.CoseSign1;
import vn.vaxpass.certificate.cwt.Cwt;
import vn.vaxpass.certificate.cwt.CwtClaim;
import vn.vaxpass.certificate.cwt.HcertClaim;
import vn.vaxpass.qr.QrReadException;
import vn.vaxpass.qr.QrReader;
import vn.vaxpass.certificate.schema.DccSchema;
import vn.vaxpass.certificate.verify.VerificationError;
import vn.vaxpass.certificate.verify.VerificationFailure;
import vn.vaxpass.certificate.verify.VerificationSteps;
import vn.vaxpass.signing.TrustList;

/**
 * One check per EXPECTED* flag, run on the engine's own steps ({@link VerificationSteps}): {@code true}
 * means the step succeeds (and gives what the vector says), {@code false} means it fails with its own
 * error code. Mapped as dgc-testdata's README and reference runner ({@code tests/test_ehealth_certs.py})
 * and hcert-kotlin's {@code ExtendedTestRunner} read the flags.
 *
 * <p>A step's input is the vector's field for it; when a vector leaves that field out, the input is
 * derived from PREFIX through the engine's earlier steps, as hcert-kotlin decodes the whole chain from
 * PREFIX. A vector missing what a check needs and cannot derive is an error, not a pass.
 */
final class ExpectedResultChecks {

    private static final HexFormat HEX = HexFormat.of();
    private static final BigInteger HCERT = BigInteger.valueOf(CwtClaim.HCERT.key());
    private static final BigInteger EU_DCC_V1 = BigInteger.valueOf(HcertClaim.EU_DCC_V1.key());

    private ExpectedResultChecks() {
    }

    /**
     * Runs the check; a step the engine refuses where the vector expects success is a failed assertion
     * naming the engine's error code.
     */
    static void check(ExpectedResult flag, DccTestVector vector, boolean expected) {
        try {
            run(flag, vector, expected);
        } catch (VerificationFailure refusal) {
            throw new AssertionError("the engine refused with " + refusal.error() + ": " + refusal.getMessage(), refusal);
        }
    }

    private static void run(ExpectedResult flag, DccTestVector vector, boolean expected) throws VerificationFailure {
        switch (flag) {
            case UNPREFIX -> unprefix(vector, expected);
            case B45_DECODE -> base45Decode(vector, expected);
            case COMPRESSION -> compression(vector, expected);
            case VERIFY -> verify(vector, expected);
            case DECODE -> decode(vector, expected);
            case VALID_JSON -> validJson(vector, expected);
            case SCHEMA_VALIDATION -> schemaValidation(vector, expected);
            case EXPIRATION_CHECK -> expirationCheck(vector, expected);
            case KEY_USAGE -> keyUsage(vector, expected);
            case VALID_OBJECT -> validObject(vector, expected);
            case ENCODE -> encode(vector, expected);
            case PICTURE_DECODE -> pictureDecode(vector, expected);
        }
    }

    /**
     * EXPECTEDPICTUREDECODE: the engine's QR reader reads the 2DCODE picture to exactly PREFIX; false: it
     * cannot read it (a QrReadException, whatever its code) or reads another text. The reference runner's
     * test_picture_decode reads the same picture with zbar and asks the same.
     */
    private static void pictureDecode(DccTestVector vector, boolean expected) {
        byte[] picture = required(vector, vector.picture(), PICTURE);
        String prefix = required(vector, vector.text(PREFIX), PREFIX);
        String read;
        try {
            read = QrReader.read(picture);
        } catch (QrReadException unreadable) {
            if (expected) {
                throw new AssertionError("the QR reader refused with " + unreadable.code() + ": "
                        + unreadable.getMessage(), unreadable);
            }
            return;
        }
        if (expected) {
            assertThat(read).isEqualTo(prefix);
        } else {
            assertThat(read).isNotEqualTo(prefix);
        }
    }

    /** EXPECTEDUNPREFIX: PREFIX without HC1: equals BASE45; false: the prefix is refused. */
    private static void unprefix(DccTestVector vector, boolean expected) throws VerificationFailure {
        String prefixed = required(vector, vector.text(PREFIX), PREFIX);
        if (expected) {
            String base45 = VerificationSteps.unprefix(prefixed);
            vector.text(BASE45).ifPresent(want -> assertThat(base45).isEqualTo(want));
        } else {
            assertFails(() -> VerificationSteps.unprefix(prefixed), VerificationError.INVALID_SCHEME_PREFIX);
        }
    }

    /** EXPECTEDB45DECODE: BASE45 decodes to COMPRESSED; false: Base45 decoding is refused. */
    private static void base45Decode(DccTestVector vector, boolean expected) throws VerificationFailure {
        String base45 = base45(vector);
        if (expected) {
            byte[] compressed = VerificationSteps.base45Decode(base45);
            vector.bytes(COMPRESSED).ifPresent(want -> assertThat(HEX.formatHex(compressed)).isEqualTo(HEX.formatHex(want)));
        } else {
            assertFails(() -> VerificationSteps.base45Decode(base45), VerificationError.BASE45_DECODING_FAILED);
        }
    }

    /** EXPECTEDCOMPRESSION: COMPRESSED inflates to COSE; false: decompression is refused. */
    private static void compression(DccTestVector vector, boolean expected) throws VerificationFailure {
        byte[] compressed = compressed(vector);
        if (expected) {
            byte[] cose = VerificationSteps.decompress(compressed);
            vector.bytes(COSE).ifPresent(want -> assertThat(HEX.formatHex(cose)).isEqualTo(HEX.formatHex(want)));
        } else {
            assertFails(() -> VerificationSteps.decompress(compressed), VerificationError.DECOMPRESSION_FAILED);
        }
    }

    /**
     * EXPECTEDVERIFY: the COSE signature verifies with a trust list holding only TESTCTX.CERTIFICATE.
     * The engine finds keys by kid only, so a kid that does not name that certificate is a failure even
     * when the signature would verify with its key: in production such a message would never reach the
     * key either (hcert spec §3.3.1, the kid selects the DSC), the reference runner requires the kid too,
     * and common CO22/CO23 (wrong kid, good signature) expect exactly this to fail.
     */
    private static void verify(DccTestVector vector, boolean expected) throws VerificationFailure {
        byte[] cose = cose(vector);
        X509Certificate certificate = vector.certificate();
        TrustList trustList = TrustList.of(certificate);
        if (expected) {
            assertThat(signer(cose, trustList).certificate()).isEqualTo(certificate);
        } else {
            assertFails(() -> signer(cose, trustList), VerificationError.COSE_DECODING_FAILED,
                    VerificationError.UNSUPPORTED_ALGORITHM, VerificationError.KID_MISSING,
                    VerificationError.KEY_NOT_IN_TRUST_LIST, VerificationError.SIGNATURE_INVALID);
        }
    }

    private static TrustList.TrustedSigner signer(byte[] cose, TrustList trustList) throws VerificationFailure {
        CoseSign1 message = VerificationSteps.decodeCose(cose);
        return VerificationSteps.checkSignature(message, VerificationSteps.candidates(message, trustList));
    }

    /**
     * EXPECTEDDECODE: the engine decodes COSE into a CWT, and the COSE payload means what CBOR says (the
     * whole CWT or only the DCC, whichever CBOR holds: vectors differ), compared by content, not bytes
     * (README note 2). Without CBOR, the engine's DCC is compared with JSON (the README's wording of the
     * flag). False: the engine refuses to decode, or what it decodes is not what the vector says.
     */
    private static void decode(DccTestVector vector, boolean expected) throws VerificationFailure {
        byte[] cose = cose(vector);
        if (expected) {
            CoseSign1 message = VerificationSteps.decodeCose(cose);
            Cwt cwt = VerificationSteps.decodeCwt(message);
            assertThat(decodedAsInVector(vector, message.payload(), cwt)).isEqualTo(expectedDecoding(vector));
            return;
        }
        CoseSign1 message;
        Cwt cwt;
        try {
            message = VerificationSteps.decodeCose(cose);
            cwt = VerificationSteps.decodeCwt(message);
        } catch (VerificationFailure refusal) {
            assertThat(refusal.error()).isIn(VerificationError.COSE_DECODING_FAILED, VerificationError.CWT_DECODING_FAILED);
            return;
        }
        assertThat(decodedAsInVector(vector, message.payload(), cwt)).isNotEqualTo(expectedDecoding(vector));
    }

    private static Object decodedAsInVector(DccTestVector vector, byte[] payload, Cwt cwt) {
        Optional<byte[]> cbor = vector.bytes(CBOR);
        if (cbor.isEmpty()) {
            return DccSemantics.of(cwt.dcc());
        }
        Object claims = DccSemantics.of(payload);
        return isCwt(DccSemantics.of(cbor.get())) ? claims : dccIn(claims);
    }

    private static Object expectedDecoding(DccTestVector vector) {
        Optional<byte[]> cbor = vector.bytes(CBOR);
        return cbor.isPresent() ? DccSemantics.of(cbor.get()) : DccSemantics.of(required(vector, vector.json(), JSON));
    }

    /** EXPECTEDVALIDJSON: the engine's whole decoding chain from PREFIX gives a DCC meaning what JSON says. */
    private static void validJson(DccTestVector vector, boolean expected) throws VerificationFailure {
        String prefixed = required(vector, vector.text(PREFIX), PREFIX);
        JsonNode json = required(vector, vector.json(), JSON);
        if (expected) {
            assertThat(DccSemantics.of(decodeChain(prefixed).dcc())).isEqualTo(DccSemantics.of(json));
            return;
        }
        Cwt cwt;
        try {
            cwt = decodeChain(prefixed);
        } catch (VerificationFailure refusal) {
            return;
        }
        assertThat(DccSemantics.of(cwt.dcc())).isNotEqualTo(DccSemantics.of(json));
    }

    private static Cwt decodeChain(String prefixed) throws VerificationFailure {
        return VerificationSteps.decodeCwt(VerificationSteps.decodeCose(VerificationSteps.decompress(
                VerificationSteps.base45Decode(VerificationSteps.unprefix(prefixed)))));
    }

    /** EXPECTEDSCHEMAVALIDATION: the DCC decoded from COSE follows the EU DCC schema; false: SCHEMA_INVALID. */
    private static void schemaValidation(DccTestVector vector, boolean expected) throws VerificationFailure {
        assertSchema(cwt(vector).dcc(), expected);
    }

    /** EXPECTEDVALIDOBJECT: JSON follows the EU DCC schema (the engine's, 1.3.3, not TESTCTX.SCHEMA). */
    private static void validObject(DccTestVector vector, boolean expected) throws VerificationFailure {
        assertSchema(required(vector, vector.json(), JSON), expected);
    }

    private static void assertSchema(JsonNode dcc, boolean expected) throws VerificationFailure {
        if (expected) {
            VerificationSteps.checkSchema(dcc, DccSchema.verifying());
        } else {
            assertFails(() -> VerificationSteps.checkSchema(dcc, DccSchema.verifying()), VerificationError.SCHEMA_INVALID);
        }
    }

    /**
     * EXPECTEDEXPIRATIONCHECK: at VALIDATIONCLOCK the engine's whole time check passes, DSC validity
     * included (DSC.notBefore ≤ iat ≤ clock ≤ exp ≤ DSC.notAfter), the four conditions the reference
     * runner checks; false: one of the time codes.
     */
    private static void expirationCheck(DccTestVector vector, boolean expected) throws VerificationFailure {
        Cwt cwt = cwt(vector);
        X509Certificate dsc = vector.certificate();
        if (expected) {
            VerificationSteps.checkTime(cwt, dsc, vector.validationClock());
        } else {
            assertFails(() -> VerificationSteps.checkTime(cwt, dsc, vector.validationClock()),
                    VerificationError.ISSUED_BEFORE_DSC_VALIDITY, VerificationError.CWT_NOT_YET_VALID,
                    VerificationError.CWT_EXPIRED, VerificationError.EXPIRES_AFTER_DSC_VALIDITY);
        }
    }

    /** EXPECTEDKEYUSAGE: TESTCTX.CERTIFICATE's extended key usages allow the DCC's kind; false: KEY_USAGE_MISMATCH. */
    private static void keyUsage(DccTestVector vector, boolean expected) throws VerificationFailure {
        JsonNode dcc = cwt(vector).dcc();
        X509Certificate dsc = vector.certificate();
        if (expected) {
            VerificationSteps.checkKeyUsage(dsc, dcc);
        } else {
            assertFails(() -> VerificationSteps.checkKeyUsage(dsc, dcc), VerificationError.KEY_USAGE_MISMATCH);
        }
    }

    /**
     * EXPECTEDENCODE: the engine's CBOR encoding of JSON ({@link CborJson#encode}, read
     * back) means what CBOR says, at the DCC level. Without CBOR, the DCC inside COSE's payload is "the
     * CBOR content in the RAW file".
     */
    private static void encode(DccTestVector vector, boolean expected) throws VerificationFailure {
        JsonNode json = required(vector, vector.json(), JSON);
        Object want = vector.bytes(CBOR).map(DccSemantics::of)
                .map(cbor -> isCwt(cbor) ? dccIn(cbor) : cbor)
                .orElse(null);
        if (want == null) {
            want = dccIn(DccSemantics.of(VerificationSteps.decodeCose(cose(vector)).payload()));
        }
        Object encoded = DccSemantics.of(CborJson.encode(json));
        if (expected) {
            assertThat(encoded).isEqualTo(want);
        } else {
            assertThat(encoded).isNotEqualTo(want);
        }
    }

    private static boolean isCwt(Object cbor) {
        return cbor instanceof Map<?, ?> map && map.containsKey(HCERT);
    }

    private static Object dccIn(Object claims) {
        if (claims instanceof Map<?, ?> map && map.get(HCERT) instanceof Map<?, ?> hcert) {
            return hcert.get(EU_DCC_V1);
        }
        return null;
    }

    private static String base45(DccTestVector vector) throws VerificationFailure {
        Optional<String> base45 = vector.text(BASE45);
        return base45.isPresent() ? base45.get() : VerificationSteps.unprefix(required(vector, vector.text(PREFIX), PREFIX));
    }

    private static byte[] compressed(DccTestVector vector) throws VerificationFailure {
        Optional<byte[]> compressed = vector.bytes(COMPRESSED);
        return compressed.isPresent() ? compressed.get() : VerificationSteps.base45Decode(base45(vector));
    }

    private static byte[] cose(DccTestVector vector) throws VerificationFailure {
        Optional<byte[]> cose = vector.bytes(COSE);
        return cose.isPresent() ? cose.get() : VerificationSteps.decompress(compressed(vector));
    }

    private static Cwt cwt(DccTestVector vector) throws VerificationFailure {
        return VerificationSteps.decodeCwt(VerificationSteps.decodeCose(cose(vector)));
    }

    private static <T> T required(DccTestVector vector, Optional<T> value, String field) {
        return value.orElseThrow(() -> new IllegalStateException(vector.path() + " has no " + field));
    }

    private static void assertFails(ThrowingCallable step, VerificationError... allowed) {
        assertThatThrownBy(step).isInstanceOfSatisfying(VerificationFailure.class,
                failure -> assertThat(failure.error()).isIn((Object[]) allowed));
    }
}
