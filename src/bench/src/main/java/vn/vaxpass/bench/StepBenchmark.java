package vn.vaxpass.bench;

import java.time.LocalDate;
import java.util.List;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.fasterxml.jackson.databind.JsonNode;

import vn.vaxpass.certificate.DccPayloadFactory;
import vn.vaxpass.certificate.FieldError;
import vn.vaxpass.certificate.VaccinationRecordValidator;
import vn.vaxpass.certificate.cose.CoseAlgorithm;
import vn.vaxpass.certificate.cose.CoseSign1;
import vn.vaxpass.certificate.cose.CoseSignatureVerifier;
import vn.vaxpass.certificate.cwt.Cwt;
import vn.vaxpass.certificate.encoding.Base45Encoding;
import vn.vaxpass.certificate.encoding.ZlibCompression;
import vn.vaxpass.certificate.schema.DccSchema;
import vn.vaxpass.certificate.schema.ValueSets;
import vn.vaxpass.signing.SoftwareSigner;

/**
 * The chains' steps one by one, to see where the time goes: issue and verify are bound by the ES256
 * signature and its check (BouncyCastle's P-256 field arithmetic), everything else is a few microseconds.
 */
@State(Scope.Benchmark)
public class StepBenchmark {

    private SoftwareSigner signer;
    private CoseSignatureVerifier verifier;
    private JsonNode dcc;
    private byte[] cwt;
    private byte[] cose;
    private byte[] toBeSigned;
    private byte[] signature;
    private byte[] compressed;
    private final VaccinationRecordValidator validator = new VaccinationRecordValidator(ValueSets.bundled());

    @Setup
    public void setUp() throws Exception {
        signer = BenchmarkKeys.signer(CoseAlgorithm.ES256);
        verifier = new CoseSignatureVerifier(signer.certificate().getPublicKey());
        dcc = DccPayloadFactory.create(BenchmarkKeys.RECORD, BenchmarkKeys.UVCI);
        cwt = new Cwt("VN", BenchmarkKeys.ISSUED_AT, BenchmarkKeys.ISSUED_AT.plusSeconds(31_536_000), dcc).encode();
        CoseSign1 message = CoseSign1.sign(cwt, signer.algorithm(), signer.kid(), signer::sign);
        cose = message.encode();
        toBeSigned = message.toBeSigned();
        signature = message.signature();
        compressed = ZlibCompression.compress(cose);
    }

    @Benchmark
    public List<FieldError> recordValidation() {
        return validator.validate(BenchmarkKeys.RECORD, LocalDate.of(2026, 1, 15));
    }

    @Benchmark
    public JsonNode payload() {
        return DccPayloadFactory.create(BenchmarkKeys.RECORD, BenchmarkKeys.UVCI);
    }

    @Benchmark
    public List<FieldError> schemaIssuing() {
        return DccSchema.issuing().validate(dcc);
    }

    @Benchmark
    public List<FieldError> schemaVerifying() {
        return DccSchema.verifying().validate(dcc);
    }

    @Benchmark
    public byte[] cwtEncode() {
        return new Cwt("VN", BenchmarkKeys.ISSUED_AT, BenchmarkKeys.ISSUED_AT.plusSeconds(31_536_000), dcc).encode();
    }

    @Benchmark
    public Cwt cwtDecode() throws Exception {
        return Cwt.decode(cwt);
    }

    @Benchmark
    public byte[] es256Sign() {
        return signer.sign(toBeSigned);
    }

    @Benchmark
    public boolean es256Verify() {
        return verifier.verify(CoseAlgorithm.ES256, toBeSigned, signature);
    }

    @Benchmark
    public byte[] zlibCompress() {
        return ZlibCompression.compress(cose);
    }

    @Benchmark
    public String base45Encode() {
        return Base45Encoding.encode(compressed);
    }
}
