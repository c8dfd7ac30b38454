package vn.vaxpass.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.junit.jupiter.api.Test;

import vn.vaxpass.signing.CoseAlgorithm;
import vn.vaxpass.signing.CoseSignatureVerifier;
import vn.vaxpass.signing.DeterministicEcdsa;
import vn.vaxpass.signing.Signer;
import vn.vaxpass.signing.SigningFixture;

/**
 * ES256 issuing is a pure function of (record, UVCI, instant, key): the HC1 strings of
 * {@value #GOLDEN} were written by the issuer before its steps were rewritten for speed, and every step
 * (payload, CBOR, RFC 6979 signature, zlib, Base45) must still give them byte for byte. The records come
 * from a seeded generator (names with and without diacritics or given names, year-only births, one to four
 * doses from the value sets), the key from a fixed scalar, the instants with sub-second parts.
 */
class IssuedCertificatesStayByteForByteTheSame {

    static final String GOLDEN = "certificate/issued-hc1-golden.txt";
    static final int CERTIFICATES = 48;
    private static final long SEED = 20_260_115L;

    private static final String[] NAMES = {
        "Nguyễn Thị Thuỳ Dương", "Đặng Văn Đức", "Trần", "LÊ   QUANG  Hùng", "Phạm Ngọc Ánh Tuyết",
        "Hoàng Thị Bích Ngọc Phương Thảo Nguyễn Lê Minh Châu Huyền Trang Diễm My Hạnh", "Smith John", "Bùi Ư",
    };
    private static final String[] PRODUCTS = {"EU/1/20/1528", "EU/1/20/1507", "EU/1/21/1529", "EU/1/20/1525", "Sputnik-V"};
    private static final String[] MANUFACTURERS = {"ORG-100030215", "ORG-100001699", "ORG-100001417", "ORG-100031184"};
    private static final String[] PROPHYLAXES = {"J07BX03", "1119305005", "1119349007"};
    private static final String[] COUNTRIES = {"VN", "FR", "JP", "US"};
    private static final String[] ISSUERS = {"Ministry of Health of Viet Nam", "Bộ Y tế", "Sở Y tế TP. Hồ Chí Minh"};

    @Test
    void givesTheHc1StringsItGaveBefore() throws IOException {
        assertThat(hc1Strings()).containsExactlyElementsOf(golden());
    }

    /** The HC1 strings of the generated records, in order. */
    static List<String> hc1Strings() {
        CertificateIssuer issuer = new CertificateIssuer(new FixedKeySigner());
        Random random = new Random(SEED);
        List<String> hc1 = new ArrayList<>();
        for (int i = 0; i < CERTIFICATES; i++) {
            VaccinationRecord record = record(random);
            String uvci = "URN:UVCI:01:VN:" + Long.toHexString(random.nextLong()).toUpperCase() + "#" + (char) ('A' + random.nextInt(26));
            Instant issuedAt = Instant.parse("2025-06-02T00:00:00Z")
                    .plusSeconds(random.nextInt(360 * 86_400)).plusNanos(random.nextInt(1_000_000_000));
            hc1.add(issuer.issue(record, uvci, issuedAt).hc1());
        }
        return hc1;
    }

    private static VaccinationRecord record(Random random) {
        String birth = random.nextInt(4) == 0
                ? String.valueOf(1930 + random.nextInt(70))
                : String.format("%04d-%02d-%02d", 1930 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28));
        List<VaccinationRecord.Dose> doses = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int d = 1; d <= count; d++) {
            doses.add(new VaccinationRecord.Dose(d, Math.max(count, 2),
                    String.format("2021-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    pick(random, PRODUCTS), pick(random, MANUFACTURERS), pick(random, PROPHYLAXES),
                    pick(random, COUNTRIES), pick(random, ISSUERS)));
        }
        return new VaccinationRecord(pick(random, NAMES), birth, doses);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static List<String> golden() throws IOException {
        try (InputStream in = IssuedCertificatesStayByteForByteTheSame.class.getClassLoader().getResourceAsStream(GOLDEN)) {
            assertThat(in).as(GOLDEN).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().toList();
        }
    }

    /** ES256 with a fixed scalar and kid; the test DSC only for its validity period. */
    static final class FixedKeySigner implements Signer {

        private static final X9ECParameters P256 = CustomNamedCurves.getByName("P-256");
        private static final ECPrivateKeyParameters KEY = new ECPrivateKeyParameters(
                new BigInteger("7d3a1f2c9b8e4d6a5c0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566", 16),
                new ECDomainParameters(P256.getCurve(), P256.getG(), P256.getN(), P256.getH()));
        private static final byte[] KID = {0x56, 0x41, 0x58, 0x50, 0x41, 0x53, 0x53, 0x31};

        @Override
        public CoseAlgorithm algorithm() {
            return CoseAlgorithm.ES256;
        }

        @Override
        public X509Certificate certificate() {
            return SigningFixture.es256().certificate();
        }

        @Override
        public byte[] sign(byte[] toBeSigned) {
            BigInteger[] rs = DeterministicEcdsa.sign(KEY, CoseSignatureVerifier.es256Digest(toBeSigned));
            return CoseSignatureVerifier.es256Concatenation(rs[0], rs[1]);
        }

        @Override
        public byte[] kid() {
            return KID.clone();
        }
    }
}
