package vn.vaxpass.signing;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import vn.vaxpass.signing.CoseAlgorithm;

/**
 * Development keys, generated on first start and kept outside the repository: a CSCA (self-signed CA,
 * path length 0, keyCertSign and cRLSign, C=VN) and a DSC it signs (digitalSignature, the DCC
 * vaccination extended key usage, AKI = the CSCA's SKI, C=VN, 3 years). Never used in production,
 * where the DSC key is in AWS KMS.
 *
 * <p>The DSC's validity starts a year back (less a day), so that it covers the 12-month windows that
 * requests made now may still fall in, and ends two years (and a day) from now, so that a certificate
 * issued now, and one renewal computes ahead for the next window (vn.vaxpass.certificate.renewal, up to a
 * year ahead), fit inside it whatever the leap years (hcert spec §3.3.1: exp ≤ DSC.notAfter).
 */
public final class LocalSigningKeys {

    public static final String CSCA_CERTIFICATE = "csca.crt.pem";
    public static final String CSCA_KEY = "csca.key.pem";
    public static final String DSC_CERTIFICATE = "dsc.crt.pem";
    public static final String DSC_KEY = "dsc.key.pem";

    /** DCC extended key usage for DSCs that may sign vaccination certificates (eHN DCC trust framework). */
    public static final KeyPurposeId DCC_VACCINATION_KEY_USAGE = KeyPurposeId.getInstance(
            new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.3.6.1.4.1.1847.2021.1.2"));
    public static final String COUNTRY = "VN";
    public static final int DSC_VALIDITY_YEARS = 3;
    public static final int CSCA_VALIDITY_YEARS = 10;
    private static final int RSA_KEY_BITS = 3072;
    private static final SecureRandom RANDOM = new SecureRandom();

    private LocalSigningKeys() {
    }

    /** The signer from the keys in the directory, generating them first if they are not there. */
    public static SoftwareSigner loadOrCreate(Path directory, CoseAlgorithm algorithm, Clock clock) {
        Path dscCertificate = directory.resolve(DSC_CERTIFICATE);
        Path dscKey = directory.resolve(DSC_KEY);
        if (!Files.exists(dscCertificate) || !Files.exists(dscKey)) {
            create(directory, algorithm, clock.instant());
        }
        return SoftwareSigner.fromPem(dscCertificate, dscKey);
    }

    public static X509Certificate csca(Path directory) {
        return PemFiles.readCertificate(directory.resolve(CSCA_CERTIFICATE));
    }

    static synchronized void create(Path directory, CoseAlgorithm algorithm, Instant now) {
        try {
            Files.createDirectories(directory);
            KeyPair cscaKeys = generate(CoseAlgorithm.ES256);
            X500Name cscaName = name("Vaxpass Local CSCA (development only)");
            ZonedDateTime start = now.atZone(ZoneOffset.UTC).minusYears(1).plusDays(1);
            X509v3CertificateBuilder csca = new JcaX509v3CertificateBuilder(cscaName, serial(),
                    Date.from(start.toInstant()), Date.from(start.plusYears(CSCA_VALIDITY_YEARS).toInstant()),
                    cscaName, cscaKeys.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            csca.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            csca.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            csca.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(cscaKeys.getPublic()));
            X509Certificate cscaCertificate = sign(csca, cscaKeys);

            KeyPair dscKeys = generate(algorithm);
            X509v3CertificateBuilder dsc = new JcaX509v3CertificateBuilder(cscaCertificate, serial(),
                    Date.from(start.toInstant()), Date.from(start.plusYears(DSC_VALIDITY_YEARS).toInstant()),
                    name("Vaxpass Local DSC (development only)"), dscKeys.getPublic());
            dsc.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            dsc.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(DCC_VACCINATION_KEY_USAGE));
            dsc.addExtension(Extension.authorityKeyIdentifier, false,
                    extensions.createAuthorityKeyIdentifier(cscaCertificate));
            dsc.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(dscKeys.getPublic()));
            X509Certificate dscCertificate = sign(dsc, cscaKeys);

            writePem(directory.resolve(CSCA_CERTIFICATE), cscaCertificate, false);
            writePem(directory.resolve(CSCA_KEY), cscaKeys.getPrivate(), true);
            writePem(directory.resolve(DSC_KEY), dscKeys.getPrivate(), true);
            writePem(directory.resolve(DSC_CERTIFICATE), dscCertificate, false);
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new SigningKeyException("cannot create development keys in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static KeyPair generate(CoseAlgorithm algorithm) throws GeneralSecurityException {
        if (algorithm == CoseAlgorithm.PS256) {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(RSA_KEY_BITS, RANDOM);
            return rsa.generateKeyPair();
        }
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return ec.generateKeyPair();
    }

    private static X500Name name(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, COUNTRY)
                .addRDN(BCStyle.O, "Vaxpass")
                .addRDN(BCStyle.CN, commonName)
                .build();
    }

    private static BigInteger serial() {
        return new BigInteger(63, RANDOM).add(BigInteger.ONE);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuerKeys)
            throws OperatorCreationException, GeneralSecurityException, CertIOException {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate())));
    }

    private static void writePem(Path file, Object object, boolean secret) throws IOException {
        if (secret) {
            PemFiles.writeSecret(file, PemFiles.toPem(object));
            return;
        }
        Files.writeString(file, PemFiles.toPem(object), StandardCharsets.US_ASCII,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }
}
