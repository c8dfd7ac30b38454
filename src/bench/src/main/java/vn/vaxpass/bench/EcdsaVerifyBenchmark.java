package vn.vaxpass.bench;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Arrays;

import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.math.ec.FixedPointUtil;
import org.bouncycastle.util.BigIntegers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import vn.vaxpass.certificate.cose.CoseAlgorithm;
import vn.vaxpass.signing.SoftwareSigner;

/** ECDSA P-256 verification: BouncyCastle's ECDSASigner against two fixed-point combs (G and the trusted Q). */
@State(Scope.Benchmark)
public class EcdsaVerifyBenchmark {

    private ECPublicKeyParameters key;
    private byte[] hash;
    private BigInteger r;
    private BigInteger s;

    @Setup
    public void setUp() throws Exception {
        SoftwareSigner signer = BenchmarkKeys.signer(CoseAlgorithm.ES256);
        key = (ECPublicKeyParameters) PublicKeyFactory.createKey(signer.certificate().getPublicKey().getEncoded());
        byte[] message = "Sig_structure".getBytes();
        byte[] signature = signer.sign(message);
        hash = MessageDigest.getInstance("SHA-256").digest(message);
        r = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
        s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        FixedPointUtil.precompute(key.getQ());
        FixedPointUtil.precompute(key.getParameters().getG());
        if (!combVerify() || !bcVerify()) {
            throw new IllegalStateException("does not verify");
        }
    }

    @Benchmark
    public boolean bcVerify() {
        ECDSASigner ecdsa = new ECDSASigner();
        ecdsa.init(false, key);
        return ecdsa.verifySignature(hash, r, s);
    }

    @Benchmark
    public boolean combVerify() {
        ECDomainParameters domain = key.getParameters();
        BigInteger n = domain.getN();
        BigInteger e = new BigInteger(1, hash);
        BigInteger c = BigIntegers.modOddInverseVar(n, s);
        BigInteger u1 = e.multiply(c).mod(n);
        BigInteger u2 = r.multiply(c).mod(n);
        FixedPointCombMultiplier comb = new FixedPointCombMultiplier();
        ECPoint point = comb.multiply(domain.getG(), u1).add(comb.multiply(key.getQ(), u2)).normalize();
        return !point.isInfinity() && point.getAffineXCoord().toBigInteger().mod(n).equals(r);
    }
}
