package vn.vaxpass.testing.aws;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A key pair as KMS would hold it, with a self-signed stand-in for the DSC (valid two years either side of now,
 * so any certificate issued now falls inside it). Generated per test.
 */
public final class KmsTestKey {

    private final String keyId = UUID.randomUUID().toString();
    private final KeyPair keyPair;
    private final String keySpec;
    private final String keyUsage;
    private final List<String> signingAlgorithms;
    private final X509Certificate certificate;

    private KmsTestKey(KeyPair keyPair, String keySpec, String keyUsage, List<String> signingAlgorithms) {
        this.keyPair = keyPair;
        this.keySpec = keySpec;
        this.keyUsage = keyUsage;
        this.signingAlgorithms = signingAlgorithms;
        this.certificate = selfSigned(keyPair);
    }

    public static KmsTestKey eccNistP256() {
        return new KmsTestKey(generate("EC", 0), "ECC_NIST_P256", "SIGN_VERIFY", List.of("ECDSA_SHA_256"));
    }

    public static KmsTestKey rsa2048() {
        return new KmsTestKey(generate("RSA", 2048), "RSA_2048", "SIGN_VERIFY",
                List.of("RSASSA_PSS_SHA_256", "RSASSA_PKCS1_V1_5_SHA_256"));
    }

    /** An RSA key made for encryption, as KMS would describe it: no signing algorithms. */
    public static KmsTestKey rsa2048ForEncryption() {
        return new KmsTestKey(generate("RSA", 2048), "RSA_2048", "ENCRYPT_DECRYPT", List.of());
    }

    /** The same kind of key with another key pair; its certificate belongs to that other pair. */
    public KmsTestKey another() {
        return new KmsTestKey(generate(keyPair.getPublic().getAlgorithm(), keyBits()), keySpec, keyUsage, signingAlgorithms);
    }

    public String keyId() {
        return keyId;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public PublicKey publicKey() {
        return keyPair.getPublic();
    }

    PrivateKey privateKey() {
        return keyPair.getPrivate();
    }

    String keySpec() {
        return keySpec;
    }

    String keyUsage() {
        return keyUsage;
    }

    List<String> signingAlgorithms() {
        return signingAlgorithms;
    }

    private int keyBits() {
        return keySpec.startsWith("RSA_") ? Integer.parseInt(keySpec.substring(4)) : 0;
    }

    private static KeyPair generate(String algorithm, int rsaBits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if ("EC".equals(algorithm)) {
                generator.initialize(new ECGenParameterSpec("secp256r1"));
            } else {
                generator.initialize(rsaBits);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate selfSigned(KeyPair keyPair) {
        X500Name name = new X500Name("CN=Vaxpass test DSC, O=Test, C=VN");
        Instant now = Instant.now();
        String signature = "EC".equals(keyPair.getPublic().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
        try {
            return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                    BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofDays(730))),
                    Date.from(now.plus(Duration.ofDays(730))), name, keyPair.getPublic())
                    .build(new JcaContentSignerBuilder(signature).build(keyPair.getPrivate())));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }
}
