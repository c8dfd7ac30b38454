package vn.vaxpass.bench;

import java.time.Instant;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.certificate.IssuedCertificate;
import vn.vaxpass.signing.CoseAlgorithm;
import vn.vaxpass.qr.QrEncoder;
import vn.vaxpass.qr.QrPngWriter;
import vn.vaxpass.certificate.verify.CertificateVerifier;
import vn.vaxpass.certificate.verify.VerificationResult;
import vn.vaxpass.signing.SoftwareSigner;
import vn.vaxpass.signing.TrustList;

/**
 * Issue (record check → DCC → schema → CWT → ES256 → zlib → Base45), verify (the whole chain back,
 * schema included) and QR PNG rendering at level Q, each on one thread.
 */
@State(Scope.Benchmark)
public class CertificateBenchmark {

    private CertificateIssuer issuer;
    private CertificateVerifier verifier;
    private String hc1;
    private Instant verifiedAt;

    @Setup
    public void setUp() {
        SoftwareSigner signer = BenchmarkKeys.signer(CoseAlgorithm.ES256);
        issuer = new CertificateIssuer(signer);
        verifier = new CertificateVerifier(TrustList.of(signer.certificate()), java.time.Clock.systemUTC());
        IssuedCertificate certificate = issuer.issue(BenchmarkKeys.RECORD, BenchmarkKeys.UVCI, BenchmarkKeys.ISSUED_AT);
        hc1 = certificate.hc1();
        verifiedAt = BenchmarkKeys.ISSUED_AT.plusSeconds(86_400);
        if (!verifier.verify(hc1, verifiedAt).isValid()) {
            throw new IllegalStateException("the benchmark certificate does not verify");
        }
    }

    @Benchmark
    public String issueEs256() {
        return issuer.issue(BenchmarkKeys.RECORD, BenchmarkKeys.UVCI, BenchmarkKeys.ISSUED_AT).hc1();
    }

    @Benchmark
    public VerificationResult verifyEs256() {
        return verifier.verify(hc1, verifiedAt);
    }

    @Benchmark
    public byte[] qrPngLevelQ() {
        return QrPngWriter.write(QrEncoder.encode(hc1));
    }
}
