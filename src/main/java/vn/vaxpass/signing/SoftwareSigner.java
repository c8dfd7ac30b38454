package vn.vaxpass.signing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.Collections;

import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.PSSSigner;
import org.bouncycastle.crypto.util.PrivateKeyFactory;

import vn.vaxpass.signing.CoseAlgorithm;
import vn.vaxpass.signing.CoseSignatureVerifier;
import vn.vaxpass.signing.DeterministicEcdsa;

/**
 * A DSC private key held in software (PKCS#12 or PEM). ES256 signatures are deterministic (RFC 6979),
 * so one input and one key always give the byte-identical certificate; PS256 uses a random salt.
 * Thread-safe.
 */
public final class SoftwareSigner implements Signer {

    private final CoseAlgorithm algorithm;
    private final X509Certificate certificate;
    private final AsymmetricKeyParameter privateKey;
    private final byte[] kid;

    public SoftwareSigner(PrivateKey privateKey, X509Certificate certificate) {
        this.algorithm = algorithmFor(privateKey);
        this.certificate = certificate;
        try {
            this.privateKey = PrivateKeyFactory.createKey(privateKey.getEncoded());
        } catch (IOException e) {
            throw new SigningKeyException("the private key cannot be read", e);
        }
        this.kid = KeyIdentifier.of(certificate);
        if (!new CoseSignatureVerifier(certificate.getPublicKey()).verify(algorithm, kid, sign(kid))) {
            throw new SigningKeyException("the private key does not belong to the certificate " + certificate.getSubjectX500Principal());
        }
    }

    private static CoseAlgorithm algorithmFor(PrivateKey key) {
        if (key instanceof ECPrivateKey ec) {
            if (ec.getParams().getOrder().bitLength() != 256) {
                throw new SigningKeyException("ES256 needs a P-256 key");
            }
            return CoseAlgorithm.ES256;
        }
        if (key instanceof RSAPrivateKey) {
            return CoseAlgorithm.PS256;
        }
        throw new SigningKeyException("unsupported key type " + key.getAlgorithm() + " (EC P-256 or RSA)");
    }

    /** Loads the first key entry of a PKCS#12 file. */
    public static SoftwareSigner fromPkcs12(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    return new SoftwareSigner((PrivateKey) store.getKey(alias, password),
                            (X509Certificate) store.getCertificate(alias));
                }
            }
            throw new SigningKeyException("no key entry in " + file.getFileName());
        } catch (IOException | GeneralSecurityException e) {
            throw new SigningKeyException("cannot read PKCS#12 file " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Loads a PEM certificate and a PEM private key (PKCS#8, or a traditional EC/RSA key pair). */
    public static SoftwareSigner fromPem(Path certificatePem, Path privateKeyPem) {
        return new SoftwareSigner(PemFiles.readPrivateKey(privateKeyPem), PemFiles.readCertificate(certificatePem));
    }

    @Override
    public CoseAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public X509Certificate certificate() {
        return certificate;
    }

    @Override
    public byte[] kid() {
        return kid.clone();
    }

    @Override
    public byte[] sign(byte[] toBeSigned) {
        return switch (algorithm) {
            case ES256 -> signEs256(toBeSigned);
            case PS256 -> signPs256(toBeSigned);
        };
    }

    private byte[] signEs256(byte[] toBeSigned) {
        BigInteger[] rs = DeterministicEcdsa.sign((ECPrivateKeyParameters) privateKey, CoseSignatureVerifier.es256Digest(toBeSigned));
        return CoseSignatureVerifier.es256Concatenation(rs[0], rs[1]);
    }

    private byte[] signPs256(byte[] toBeSigned) {
        PSSSigner pss = new PSSSigner(new RSABlindedEngine(), new SHA256Digest(), CoseSignatureVerifier.PSS_SALT_LENGTH);
        pss.init(true, privateKey);
        pss.update(toBeSigned, 0, toBeSigned.length);
        try {
            return pss.generateSignature();
        } catch (CryptoException e) {
            throw new SigningKeyException("RSA-PSS signing failed", e);
        }
    }
}
