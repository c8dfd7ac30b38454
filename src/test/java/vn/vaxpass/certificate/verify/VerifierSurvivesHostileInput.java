package vn.vaxpass.certificate.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.certificate.RecordFixture.aRecord;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.certificate.IssuedCertificate;
import vn.vaxpass.certificate.encoding.Base45Encoding;
import vn.vaxpass.certificate.encoding.Hc1Prefix;
import vn.vaxpass.certificate.encoding.ZlibCompression;
import vn.vaxpass.signing.SigningFixture;
import vn.vaxpass.signing.TrustList;

/**
 * Fuzz-style: truncated, bit-flipped and random HC1 strings, at every layer of the chain. Every one ends
 * in a result with an error code, none in an exception, and none is valid unless what is signed is intact. Seeds are fixed, so a failure can be replayed.
 */
class VerifierSurvivesHostileInput {

    private static final Instant ISSUED = SigningFixture.COVERED_ISSUE_TIME;
    private static final IssuedCertificate GOOD = new CertificateIssuer(SigningFixture.es256())
            .issue(aRecord().build(), "URN:UVCI:01:VN:0123456789ABCDEF0123456789ABCDEF", ISSUED);
    private static final CertificateVerifier VERIFIER = new CertificateVerifier(
            TrustList.of(SigningFixture.es256().certificate()), Clock.fixed(ISSUED.plusSeconds(60), ZoneOffset.UTC));
    private static final String BASE45_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    static Stream<String> truncatedTexts() {
        String hc1 = GOOD.hc1();
        return IntStream.range(0, hc1.length()).filter(i -> i % 7 == 0).mapToObj(i -> hc1.substring(0, i));
    }

    static Stream<String> textsWithOneCharacterChanged() {
        Random random = new Random(20211214);
        String hc1 = GOOD.hc1();
        return IntStream.range(0, 300).mapToObj(i -> {
            int at = Hc1Prefix.PREFIX.length() + random.nextInt(hc1.length() - Hc1Prefix.PREFIX.length());
            char replacement = BASE45_ALPHABET.charAt(random.nextInt(BASE45_ALPHABET.length()));
            return hc1.substring(0, at) + replacement + hc1.substring(at + 1);
        });
    }

    /** Bit flips below Base45, so they reach zlib, COSE, CWT and the signature. */
    static Stream<String> compressedBytesWithOneBitFlipped() {
        Random random = new Random(7);
        return IntStream.range(0, 300).mapToObj(i -> {
            byte[] compressed = GOOD.compressed().clone();
            compressed[random.nextInt(compressed.length)] ^= (byte) (1 << random.nextInt(8));
            return Hc1Prefix.add(Base45Encoding.encode(compressed));
        });
    }

    /** Bit flips below zlib, so every one reaches the COSE and CBOR parsers. */
    static Stream<String> coseBytesWithOneBitFlipped() {
        Random random = new Random(11);
        return IntStream.range(0, 300).mapToObj(i -> {
            byte[] cose = GOOD.cose().clone();
            cose[random.nextInt(cose.length)] ^= (byte) (1 << random.nextInt(8));
            return Hc1Prefix.add(Base45Encoding.encode(ZlibCompression.compress(cose)));
        });
    }

    static Stream<String> randomTexts() {
        Random random = new Random(42);
        return IntStream.range(0, 200).mapToObj(i -> {
            byte[] bytes = new byte[random.nextInt(600)];
            random.nextBytes(bytes);
            return switch (i % 4) {
                case 0 -> new String(bytes, StandardCharsets.ISO_8859_1);
                case 1 -> Hc1Prefix.add(Base45Encoding.encode(bytes));
                case 2 -> Hc1Prefix.add(Base45Encoding.encode(ZlibCompression.compress(bytes)));
                default -> "HC1:" + new String(bytes, StandardCharsets.ISO_8859_1);
            };
        });
    }

    @ParameterizedTest
    @MethodSource({"truncatedTexts", "textsWithOneCharacterChanged", "compressedBytesWithOneBitFlipped",
            "coseBytesWithOneBitFlipped", "randomTexts"})
    void everyDamagedCertificateEndsInAnErrorCode(String hc1) {
        VerificationResult result = VERIFIER.verify(hc1);
        if (result.isValid()) {
            // Only damage that changes nothing signed may pass (a flipped padding bit after zlib's last block).
            assertThat(result.decoded().dcc()).isEqualTo(GOOD.dcc());
            assertThat(result.decoded().issuedAt()).isEqualTo(GOOD.validity().issuedAt());
            assertThat(result.decoded().expiresAt()).isEqualTo(GOOD.validity().expiresAt());
        } else {
            assertThat(result.error()).isNotNull();
            assertThat(result.message()).isNotBlank();
        }
    }
}
