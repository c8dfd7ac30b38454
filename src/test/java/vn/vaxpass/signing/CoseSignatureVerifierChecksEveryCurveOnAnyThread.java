package vn.vaxpass.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

class CoseSignatureVerifierChecksEveryCurveOnAnyThread {

    private final byte[] toBeSigned = "Sig_structure".getBytes(StandardCharsets.UTF_8);

    @Test
    void p256SignaturesVerifyFromManyThreadsBeforeWhileAndAfterTheTableIsBuilt() throws Exception {
        KeyPair keys = keyPair("secp256r1");
        byte[] signature = sign(keys, toBeSigned);
        byte[] tampered = signature.clone();
        tampered[5] ^= 1;
        CoseSignatureVerifier verifier = new CoseSignatureVerifier(keys.getPublic());
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 4 * CoseSignatureVerifier.ES256_CHECKS_BEFORE_TABLE; i++) {
                checks.add(() -> verifier.verify(CoseAlgorithm.ES256, toBeSigned, signature)
                        && !verifier.verify(CoseAlgorithm.ES256, toBeSigned, tampered));
            }
            for (Future<Boolean> check : threads.invokeAll(checks)) {
                assertThat(check.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void keysOnOtherCurvesAreCheckedByBouncyCastle() throws Exception {
        KeyPair keys = keyPair("secp256k1");
        byte[] signature = sign(keys, toBeSigned);
        CoseSignatureVerifier verifier = new CoseSignatureVerifier(keys.getPublic());
        assertThat(verifier.verify(CoseAlgorithm.ES256, toBeSigned, signature)).isTrue();
        signature[40] ^= 1;
        assertThat(verifier.verify(CoseAlgorithm.ES256, toBeSigned, signature)).isFalse();
    }

    private static KeyPair keyPair(String curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", new BouncyCastleProvider());
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }

    private static byte[] sign(KeyPair keys, byte[] data) throws Exception {
        ECDSASigner ecdsa = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        ecdsa.init(true, (ECPrivateKeyParameters) PrivateKeyFactory.createKey(keys.getPrivate().getEncoded()));
        BigInteger[] rs = ecdsa.generateSignature(CoseSignatureVerifier.es256Digest(data));
        return CoseSignatureVerifier.es256Concatenation(rs[0], rs[1]);
    }
}
