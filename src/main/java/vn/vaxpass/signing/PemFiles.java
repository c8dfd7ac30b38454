package vn.vaxpass.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/** PEM (RFC 7468) certificates and keys, through BouncyCastle's reader and writer. */
public final class PemFiles {

    private PemFiles() {
    }

    public static X509Certificate readCertificate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | GeneralSecurityException | ClassCastException e) {
            throw new SigningKeyException("cannot read certificate " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    public static X509Certificate parseCertificate(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new SigningKeyException("the configured certificate PEM cannot be read: " + e.getMessage(), e);
        }
    }

    /** A PKCS#8 key, or a traditional EC/RSA key pair; encrypted keys are not supported. */
    public static PrivateKey readPrivateKey(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
             PEMParser parser = new PEMParser(reader)) {
            Object object = parser.readObject();
            PrivateKeyInfo info = object instanceof PEMKeyPair pair ? pair.getPrivateKeyInfo()
                    : object instanceof PrivateKeyInfo pkcs8 ? pkcs8 : null;
            if (info == null) {
                throw new SigningKeyException(file.getFileName() + " holds no unencrypted private key");
            }
            return new JcaPEMKeyConverter().getPrivateKey(info);
        } catch (IOException e) {
            throw new SigningKeyException("cannot read private key " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** PEM text of a certificate, or of a private key as PKCS#8 (which keeps an EC key's curve with it). */
    public static String toPem(Object certificateOrKey) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            if (certificateOrKey instanceof PrivateKey key) {
                pem.writeObject(new JcaPKCS8Generator(key, null));
            } else {
                pem.writeObject(certificateOrKey);
            }
        } catch (IOException e) {
            throw new SigningKeyException("cannot write PEM: " + e.getMessage(), e);
        }
        return text.toString();
    }

    /**
     * Writes a secret (a private key) that only its owner can read from its first byte on: the file is created
     * with mode 0600 in the same call that makes it, never opened wider and narrowed afterwards.
     */
    public static void writeSecret(Path file, String pem) throws IOException {
        Files.deleteIfExists(file);
        try {
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------"));
            Files.createFile(file, ownerOnly);
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file); // Windows: the user's profile directory is private already.
        }
        Files.writeString(file, pem, StandardCharsets.US_ASCII, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }
}
