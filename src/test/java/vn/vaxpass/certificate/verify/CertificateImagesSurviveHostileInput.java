package vn.vaxpass.certificate.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.certificate.RecordFixture.aRecord;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.upokecenter.cbor.CBORObject;

import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.certificate.IssuedCertificate;
import vn.vaxpass.signing.CoseAlgorithm;
import vn.vaxpass.certificate.cose.CoseTag;
import vn.vaxpass.certificate.encoding.Base45Encoding;
import vn.vaxpass.certificate.encoding.Hc1Prefix;
import vn.vaxpass.qr.QrEncoder;
import vn.vaxpass.qr.QrPngWriter;
import vn.vaxpass.qr.QrReadException;
import vn.vaxpass.qr.QrReader;
import vn.vaxpass.certificate.vnsample.VietnameseSample;
import vn.vaxpass.signing.SigningFixture;
import vn.vaxpass.signing.SoftwareSigner;
import vn.vaxpass.signing.TrustList;

/**
 * Fuzz-style, from the image on: a certificate's PNG and Viet Nam's sample JPEG truncated and bit-flipped,
 * random bytes behind image signatures, and QR codes holding garbage or altered HC1 text all go image →
 * {@link QrReader} → {@link CertificateVerifier}. Each ends in a QrReadException with its code or in a result
 * with an error code; a result is valid only when the text read is the original certificate's. No other
 * exception escapes. Seeds are fixed, so each case, named after its damage, does the same damage in every run;
 * the certificate itself is signed with the keys made for the run, so its bytes differ between runs.
 */
class CertificateImagesSurviveHostileInput {

    private static final Instant ISSUED = SigningFixture.COVERED_ISSUE_TIME;
    private static final String UVCI = "URN:UVCI:01:VN:0123456789ABCDEF0123456789ABCDEF";
    private static final SoftwareSigner SIGNER = SigningFixture.es256();
    private static final IssuedCertificate GOOD = new CertificateIssuer(SIGNER).issue(aRecord().build(), UVCI, ISSUED);
    private static final byte[] GOOD_PNG = QrPngWriter.write(QrEncoder.encode(GOOD.hc1()));
    private static final byte[] VN_JPEG = VietnameseSample.image();
    private static final CertificateVerifier VERIFIER = new CertificateVerifier(TrustList.of(SIGNER.certificate()),
            Clock.fixed(ISSUED.plusSeconds(60), ZoneOffset.UTC));

    private static final byte[] PNG_SIGNATURE = Arrays.copyOf(GOOD_PNG, 8);
    /** The PNG signature and its IHDR chunk: 8 + 4 + 4 + 13 + 4 bytes. */
    private static final int PNG_HEADER_LENGTH = 33;
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] JPEG_START_OF_SCAN = {(byte) 0xFF, (byte) 0xDA};
    private static final byte[] JPEG_END_OF_IMAGE = {(byte) 0xFF, (byte) 0xD9};
    private static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    private static final String ANY_TEXT = ALPHANUMERIC + "abcxyz\u0000\t\n\"'<>{}#@\\\u00e9\u1ea1\u0111\u01b0\u00c2\u20ac\ud83d\ude00";

    record HostileImage(String name, byte[] image) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<HostileImage> truncatedImages() {
        return Stream.of(new HostileImage("certificate PNG", GOOD_PNG), new HostileImage("VN JPEG", VN_JPEG))
                .flatMap(whole -> {
                    int length = whole.image().length;
                    IntStream spread = IntStream.iterate(0, cut -> cut < length, cut -> cut + Math.max(1, length / 100));
                    IntStream tail = IntStream.rangeClosed(1, 16).map(missing -> length - missing);
                    return IntStream.concat(spread, tail).distinct().mapToObj(cut -> new HostileImage(
                            whole.name() + " cut at " + cut + " of " + length, Arrays.copyOf(whole.image(), cut)));
                });
    }

    /** Anywhere in the file, and concentrated on the first 512 bytes, where the headers and tables are. */
    static Stream<HostileImage> imagesWithOneBitFlipped() {
        Random random = new Random(20_260_301);
        return Stream.of(new HostileImage("certificate PNG", GOOD_PNG), new HostileImage("VN JPEG", VN_JPEG))
                .flatMap(whole -> IntStream.range(0, 300).mapToObj(i -> {
                    byte[] image = whole.image().clone();
                    int at = random.nextInt(i < 200 ? image.length : Math.min(512, image.length));
                    int bit = random.nextInt(8);
                    image[at] ^= (byte) (1 << bit);
                    return new HostileImage(whole.name() + " with bit " + bit + " of byte " + at + " flipped", image);
                }));
    }

    /**
     * Random bytes after a bare PNG or JPEG signature, after our PNG's real IHDR, and as the entropy-coded scan of
     * the VN JPEG behind its real tables; and well-formed PNGs of random noise, which reach the QR detector.
     */
    static Stream<HostileImage> randomBytesBehindImageSignatures() {
        Random random = new Random(45);
        byte[] jpegTables = Arrays.copyOf(VN_JPEG, startOfScanDataIn(VN_JPEG));
        Stream<HostileImage> behindSignatures = IntStream.range(0, 200).mapToObj(i -> {
            byte[] noise = new byte[random.nextInt(4096)];
            random.nextBytes(noise);
            return switch (i % 4) {
                case 0 -> new HostileImage("PNG signature and " + noise.length + " random bytes", concat(PNG_SIGNATURE, noise));
                case 1 -> new HostileImage("JPEG signature and " + noise.length + " random bytes", concat(JPEG_SIGNATURE, noise));
                case 2 -> new HostileImage("our PNG's IHDR and " + noise.length + " random bytes",
                        concat(Arrays.copyOf(GOOD_PNG, PNG_HEADER_LENGTH), noise));
                default -> new HostileImage("VN JPEG's tables and " + noise.length + " random scan bytes",
                        concat(jpegTables, noise, JPEG_END_OF_IMAGE));
            };
        });
        Stream<HostileImage> noisePngs = IntStream.of(1, 17, 64, 255, 400).mapToObj(side -> new HostileImage(
                side + "x" + side + " PNG of random noise",
                TestImageWriter.grayPng(side, side, (x, y) -> random.nextInt(256))));
        return Stream.concat(behindSignatures, noisePngs);
    }

    /** Alphanumeric garbage drawn by our writer, and any text, other modes included, drawn by ZXing's. */
    static Stream<HostileImage> qrCodesOfGarbageText() {
        Random random = new Random(7);
        Stream<HostileImage> alphanumeric = IntStream.range(0, 30).mapToObj(i -> {
            String text = (i % 2 == 0 ? Hc1Prefix.PREFIX : "") + randomText(random, ALPHANUMERIC, 1 + random.nextInt(700));
            return new HostileImage("QR of " + text.length() + " alphanumeric characters #" + i,
                    QrPngWriter.write(QrEncoder.encode(text)));
        });
        Stream<HostileImage> anyText = IntStream.range(0, 15).mapToObj(i -> {
            String text = (i % 3 == 0 ? Hc1Prefix.PREFIX : "") + randomText(random, ANY_TEXT, 1 + random.nextInt(400));
            return new HostileImage("QR of " + text.length() + " characters of any kind #" + i, TestImageWriter.qrPng(text));
        });
        return Stream.concat(alphanumeric, anyText);
    }

    /** The certificate's HC1 with one character changed, cut short, or under another prefix, as a QR code. */
    static Stream<HostileImage> qrCodesOfAlteredCertificates() {
        Random random = new Random(11);
        String hc1 = GOOD.hc1();
        Stream<HostileImage> substituted = IntStream.range(0, 40).mapToObj(i -> {
            int at = Hc1Prefix.PREFIX.length() + random.nextInt(hc1.length() - Hc1Prefix.PREFIX.length());
            char replacement;
            do {
                replacement = ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length()));
            } while (replacement == hc1.charAt(at));
            String altered = hc1.substring(0, at) + replacement + hc1.substring(at + 1);
            return new HostileImage("QR of the HC1 with '" + replacement + "' at " + at, pngOf(altered));
        });
        Stream<HostileImage> cut = IntStream.of(4, 5, 6, 7, 100, 301, hc1.length() - 3, hc1.length() - 2, hc1.length() - 1)
                .mapToObj(length -> new HostileImage("QR of the HC1 cut at " + length, pngOf(hc1.substring(0, length))));
        String base45 = GOOD.base45();
        Stream<HostileImage> prefixes = Stream.of(
                new HostileImage("QR of the HC1 under HC2:", pngOf("HC2:" + base45)),
                new HostileImage("QR of the HC1 without prefix", pngOf(base45)),
                new HostileImage("QR of the HC1 after a space", pngOf(" " + hc1)),
                new HostileImage("QR of the HC1 under hc1:, byte mode", TestImageWriter.qrPng("hc1:" + base45)),
                new HostileImage("QR of the HC1 and a newline, byte mode", TestImageWriter.qrPng(hc1 + "\n")));
        return Stream.of(substituted, cut, prefixes).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"truncatedImages", "imagesWithOneBitFlipped", "randomBytesBehindImageSignatures",
        "qrCodesOfGarbageText", "qrCodesOfAlteredCertificates"})
    void everyHostileImageEndsInAReadCodeOrAVerificationCode(HostileImage hostile) {
        String text;
        try {
            text = QrReader.read(hostile.image());
        } catch (QrReadException unreadable) {
            assertThat(unreadable.code()).isNotNull();
            return;
        }
        VerificationResult result = VERIFIER.verify(text);
        if (result.isValid()) {
            assertThat(text).as("valid, so it must be the original certificate").isEqualTo(GOOD.hc1());
        } else {
            assertThat(result.error()).isNotNull();
            assertThat(result.message()).isNotBlank();
        }
    }

    /** Without this, the hostile cases above could all fail for a reason that has nothing to do with their damage. */
    @Test
    void theUndamagedImagesAreOneValidCertificateAndOneFromAnUntrustedKey() throws QrReadException {
        assertThat(VERIFIER.verify(QrReader.read(GOOD_PNG)).isValid()).isTrue();
        assertThat(VERIFIER.verify(QrReader.read(VN_JPEG)).error()).isEqualTo(VerificationError.KEY_NOT_IN_TRUST_LIST);
    }

    @Test
    void aQrCodeOfAnotherPrefixIsInvalidSchemePrefix() throws QrReadException {
        assertThat(errorOfImage(pngOf("HC2:" + GOOD.base45()))).isEqualTo(VerificationError.INVALID_SCHEME_PREFIX);
    }

    /** The name changed under the original signature: every layer decodes, only the signature gives it away. */
    @Test
    void aQrCodeOfAnAlteredNameUnderTheOriginalSignatureIsSignatureInvalid() throws QrReadException {
        ObjectNode dcc = GOOD.dcc().deepCopy();
        ((ObjectNode) dcc.path("nam")).put("fn", "Trần").put("fnt", "TRAN");
        CBORObject original = CBORObject.DecodeFromBytes(GOOD.cose());
        byte[] forged = CBORObject.NewArray().Add(original.get(0)).Add(original.get(1))
                .Add(Hc1Forge.cwt(dcc, GOOD.validity().issuedAt(), GOOD.validity().expiresAt()))
                .Add(original.get(3)).WithTag(CoseTag.COSE_SIGN1).EncodeToBytes();

        assertThat(errorOfImage(pngOf(Hc1Forge.hc1(forged)))).isEqualTo(VerificationError.SIGNATURE_INVALID);
    }

    @Test
    void aQrCodeOfAStrangersCertificateIsKeyNotInTrustList() throws QrReadException {
        IssuedCertificate foreign = new CertificateIssuer(SigningFixture.stranger()).issue(aRecord().build(), UVCI, ISSUED);

        assertThat(errorOfImage(pngOf(foreign.hc1()))).isEqualTo(VerificationError.KEY_NOT_IN_TRUST_LIST);
    }

    @Test
    void aQrCodeOfAStrangersSignatureUnderOurKidIsSignatureInvalid() throws QrReadException {
        byte[] cose = Hc1Forge.cose(GOOD.cwt(), SigningFixture.stranger(), CoseAlgorithm.ES256.coseValue(), SIGNER.kid());

        assertThat(errorOfImage(pngOf(Hc1Forge.hc1(cose)))).isEqualTo(VerificationError.SIGNATURE_INVALID);
    }

    /**
     * RFC 1950 §2.2: a zlib stream ends with its ADLER32; what follows is not part of it, and not signed. Python's
     * and Node's zlib ignore such bytes too, but a verifier that does accepts endless different texts for one
     * signature, any of them carrying data of someone else's choosing.
     */
    @Test
    void aQrCodeOfTheCertificateWithBytesAfterItsZlibStreamIsDecompressionFailed() throws QrReadException {
        byte[] compressed = GOOD.compressed();
        byte[] withZeros = Arrays.copyOf(compressed, compressed.length + 3);
        byte[] twice = concat(compressed, compressed);

        for (byte[] extended : new byte[][] {withZeros, twice}) {
            assertThat(errorOfImage(pngOf(Hc1Prefix.add(Base45Encoding.encode(extended)))))
                    .isEqualTo(VerificationError.DECOMPRESSION_FAILED);
        }
    }

    private static VerificationError errorOfImage(byte[] image) throws QrReadException {
        return VERIFIER.verify(QrReader.read(image)).error();
    }

    private static byte[] pngOf(String text) {
        return QrPngWriter.write(QrEncoder.encode(text));
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        int[] codePoints = alphabet.codePoints().toArray();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        return text.toString();
    }

    /** Where the VN JPEG's entropy-coded data begins: after its start-of-scan marker and segment. */
    private static int startOfScanDataIn(byte[] jpeg) {
        for (int i = 0; i + 3 < jpeg.length; i++) {
            if (jpeg[i] == JPEG_START_OF_SCAN[0] && jpeg[i + 1] == JPEG_START_OF_SCAN[1]) {
                int segmentLength = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
                return i + 2 + segmentLength;
            }
        }
        throw new IllegalStateException("no start of scan");
    }

    private static byte[] concat(byte[]... parts) {
        byte[] all = new byte[Arrays.stream(parts).mapToInt(part -> part.length).sum()];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
