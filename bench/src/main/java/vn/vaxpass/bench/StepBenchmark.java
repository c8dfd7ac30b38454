package vn.vaxpass.bench;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;

import org.apache.commons.codec.binary.Base45;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.fasterxml.jackson.databind.JsonNode;

import vn.vaxpass.certificate.DccPayloadFactory;
import vn.vaxpass.shared.FieldError;
import vn.vaxpass.certificate.VaccinationRecordValidator;
import vn.vaxpass.signing.CoseAlgorithm;
import vn.vaxpass.certificate.cose.CoseSign1;
import vn.vaxpass.signing.CoseSignatureVerifier;
import vn.vaxpass.certificate.cwt.Cwt;
import vn.vaxpass.certificate.encoding.Base45Encoding;
import vn.vaxpass.certificate.encoding.ZlibCompression;
import vn.vaxpass.certificate.schema.DccSchema;
import vn.vaxpass.certificate.schema.ValueSets;
import vn.vaxpass.signing.LocalSigningKeys;
import vn.vaxpass.signing.PemFiles;
import vn.vaxpass.signing.SoftwareSigner;

/**
 * The chains' steps one by one, to see where the time goes: issue and verify are bound by the ES256
 * signature and its check (P-256 field arithmetic), then by zlib (its Huffman trees) and the schema check;
 * everything else is a few microseconds. The {@code *BouncyCastle} pair is plain BouncyCastle ECDSA on the
 * same key and data, and {@code *Previous} entries are the ways the step was done before it was made faster:
 * the references the steps are compared with within one run, the VM's speed varying too much between runs.
 */
@State(Scope.Benchmark)
public class StepBenchmark {

    private static final byte[] KID = {1, 2, 3, 4, 5, 6, 7, 8};

    private SoftwareSigner signer;
    private ECPrivateKeyParameters privateKey;
    private ECPublicKeyParameters publicKey;
    private CoseSignatureVerifier verifier;
    private JsonNode dcc;
    private byte[] cwt;
    private byte[] cose;
    private byte[] toBeSigned;
    private byte[] signature;
    private byte[] compressed;
    private byte[] digest;
    private final VaccinationRecordValidator validator = new VaccinationRecordValidator(ValueSets.bundled());
    private final Base45 commonsCodecBase45 = new Base45();

    @Setup
    public void setUp() throws Exception {
        Path keys = BenchmarkKeys.directory();
        signer = BenchmarkKeys.signer(CoseAlgorithm.ES256, keys);
        privateKey = (ECPrivateKeyParameters) PrivateKeyFactory.createKey(
                PemFiles.readPrivateKey(keys.resolve(LocalSigningKeys.DSC_KEY)).getEncoded());
        publicKey = (ECPublicKeyParameters) PublicKeyFactory.createKey(signer.certificate().getPublicKey().getEncoded());
        verifier = new CoseSignatureVerifier(signer.certificate().getPublicKey());
        dcc = DccPayloadFactory.create(BenchmarkKeys.RECORD, BenchmarkKeys.UVCI);
        cwt = new Cwt("VN", BenchmarkKeys.ISSUED_AT, BenchmarkKeys.ISSUED_AT.plusSeconds(31_536_000), dcc).encode();
        CoseSign1 message = CoseSign1.sign(cwt, signer.algorithm(), signer.kid(), signer::sign);
        cose = message.encode();
        toBeSigned = message.toBeSigned();
        signature = message.signature();
        compressed = ZlibCompression.compress(cose);
        digest = CoseSignatureVerifier.es256Digest(toBeSigned);
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

    /** The COSE_Sign1 framing alone: header, Sig_structure and message, with a constant "signature". */
    @Benchmark
    public byte[] coseSign1Encode() {
        return CoseSign1.sign(cwt, CoseAlgorithm.ES256, KID, toBeSigned -> signature).encode();
    }

    @Benchmark
    public Cwt cwtDecode() throws Exception {
        return Cwt.decode(cwt);
    }

    @Benchmark
    public byte[] es256Sign() {
        return signer.sign(toBeSigned);
    }

    /** SHA-256 of the Sig_structure: the JDK's, on the CPU's SHA instructions. */
    @Benchmark
    public byte[] es256Digest() {
        return CoseSignatureVerifier.es256Digest(toBeSigned);
    }

    @Benchmark
    public byte[] es256DigestBouncyCastle() {
        SHA256Digest digest = new SHA256Digest();
        digest.update(toBeSigned, 0, toBeSigned.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    /** The RFC 6979 nonce as BouncyCastle computes it; ES256 signing now uses the JDK's HMAC for it. */
    @Benchmark
    public BigInteger rfc6979NonceBouncyCastle() {
        HMacDSAKCalculator nonces = new HMacDSAKCalculator(new SHA256Digest());
        nonces.init(privateKey.getParameters().getN(), privateKey.getD(), digest);
        return nonces.nextK();
    }

    @Benchmark
    public boolean es256Verify() {
        return verifier.verify(CoseAlgorithm.ES256, toBeSigned, signature);
    }

    @Benchmark
    public BigInteger[] es256SignBouncyCastle() {
        ECDSASigner ecdsa = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        ecdsa.init(true, privateKey);
        return ecdsa.generateSignature(CoseSignatureVerifier.es256Digest(toBeSigned));
    }

    @Benchmark
    public boolean es256VerifyBouncyCastle() {
        ECDSASigner ecdsa = new ECDSASigner();
        ecdsa.init(false, publicKey);
        return ecdsa.verifySignature(CoseSignatureVerifier.es256Digest(toBeSigned),
                new BigInteger(1, Arrays.copyOfRange(signature, 0, CoseSignatureVerifier.ES256_COMPONENT_LENGTH)),
                new BigInteger(1, Arrays.copyOfRange(signature, CoseSignatureVerifier.ES256_COMPONENT_LENGTH, signature.length)));
    }

    @Benchmark
    public byte[] zlibCompress() {
        return ZlibCompression.compress(cose);
    }

    /** A new Deflater per call, as compression was before it reused one per thread. */
    @Benchmark
    public byte[] zlibCompressPrevious() {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(cose);
            deflater.finish();
            byte[] buffer = new byte[cose.length + 64];
            ByteArrayOutputStream out = new ByteArrayOutputStream(cose.length);
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    @Benchmark
    public String base45Encode() {
        return Base45Encoding.encode(compressed);
    }

    @Benchmark
    public String base45EncodePrevious() {
        return new String(commonsCodecBase45.encode(compressed), StandardCharsets.US_ASCII);
    }
}
