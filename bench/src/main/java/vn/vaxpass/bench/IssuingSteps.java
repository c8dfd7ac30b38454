package vn.vaxpass.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.certificate.DccPayloadFactory;
import vn.vaxpass.certificate.VaccinationRecordValidator;
import vn.vaxpass.signing.CoseAlgorithm;
import vn.vaxpass.certificate.cose.CoseSign1;
import vn.vaxpass.certificate.cwt.Cwt;
import vn.vaxpass.certificate.encoding.Base45Encoding;
import vn.vaxpass.certificate.encoding.ZlibCompression;
import vn.vaxpass.certificate.schema.DccSchema;
import vn.vaxpass.certificate.schema.ValueSets;
import vn.vaxpass.certificate.verify.CertificateVerifier;
import vn.vaxpass.signing.LocalSigningKeys;
import vn.vaxpass.signing.SoftwareSigner;
import vn.vaxpass.signing.TrustList;

/**
 * The issuing chain and its steps as plain suppliers on the public API, for {@link CpuTimeComparison}, which
 * compiles this file against each build it compares: the same data as {@link CertificateBenchmark}.
 */
public final class IssuingSteps {

    private IssuingSteps() {
    }

    public static Map<String, Supplier<Object>> steps() throws Exception {
        Instant issuedAt = BenchmarkKeys.ISSUED_AT;
        Instant expiresAt = issuedAt.plusSeconds(31_536_000);
        String uvci = BenchmarkKeys.UVCI;
        SoftwareSigner signer = LocalSigningKeys.loadOrCreate(Files.createTempDirectory("vaxpass-cpu-keys"), CoseAlgorithm.ES256,
                Clock.fixed(issuedAt, ZoneOffset.UTC));
        CertificateIssuer issuer = new CertificateIssuer(signer);
        CertificateVerifier verifier = new CertificateVerifier(TrustList.of(signer.certificate()), Clock.systemUTC());
        VaccinationRecordValidator validator = new VaccinationRecordValidator(ValueSets.bundled());
        JsonNode dcc = DccPayloadFactory.create(BenchmarkKeys.RECORD, uvci);
        byte[] cwt = new Cwt("VN", issuedAt, expiresAt, dcc).encode();
        CoseSign1 message = CoseSign1.sign(cwt, signer.algorithm(), signer.kid(), signer::sign);
        byte[] cose = message.encode();
        byte[] toBeSigned = message.toBeSigned();
        byte[] compressed = ZlibCompression.compress(cose);
        String hc1 = issuer.issue(BenchmarkKeys.RECORD, uvci, issuedAt).hc1();
        Instant verifiedAt = issuedAt.plusSeconds(86_400);
        LocalDate today = LocalDate.ofInstant(issuedAt, ZoneOffset.UTC);

        Map<String, Supplier<Object>> steps = new LinkedHashMap<>();
        steps.put("issueEs256", () -> issuer.issue(BenchmarkKeys.RECORD, uvci, issuedAt).hc1());
        steps.put("verifyEs256", () -> verifier.verify(hc1, verifiedAt));
        steps.put("recordValidation", () -> validator.validate(BenchmarkKeys.RECORD, today));
        steps.put("payload", () -> DccPayloadFactory.create(BenchmarkKeys.RECORD, uvci));
        steps.put("schemaIssuing", () -> DccSchema.issuing().validate(dcc));
        steps.put("cwtEncode", () -> new Cwt("VN", issuedAt, expiresAt, dcc).encode());
        steps.put("es256Sign", () -> signer.sign(toBeSigned));
        steps.put("coseSign1WithEs256", () -> CoseSign1.sign(cwt, signer.algorithm(), signer.kid(), signer::sign).encode());
        steps.put("zlibCompress", () -> ZlibCompression.compress(cose));
        steps.put("base45Encode", () -> Base45Encoding.encode(compressed));
        return steps;
    }

    /** Where a build's copy of this class is compiled to, beside its jar. */
    static Path classesBeside(Path jar) {
        return jar.resolveSibling(jar.getFileName() + ".steps");
    }
}
