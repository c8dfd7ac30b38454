package vn.vaxpass.correction;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A certification authority made in the test, standing in for the government CA (VGCA): a root, an intermediate as
 * VGCA's issuing CAs are, and officers' signing certificates under it; each officer signs as a token does, a CMS
 * detached SignedData with a signingTime attribute and the chain inside.
 */
public final class OfficerCa {

    private static final AtomicLong SERIALS = new AtomicLong(System.nanoTime());
    private static final Duration YEAR = Duration.ofDays(365);

    private final KeyPair rootKey;
    private final X509Certificate root;
    private final KeyPair issuingKey;
    private final X509Certificate issuing;

    private OfficerCa(String name) {
        Instant now = Instant.now();
        rootKey = keyPair();
        root = certificate(new X500Name("C=VN,O=Ban Co yeu Chinh phu,CN=" + name + " Root"), rootKey,
                new X500Name("C=VN,O=Ban Co yeu Chinh phu,CN=" + name + " Root"), rootKey, now.minus(YEAR),
                now.plus(YEAR.multipliedBy(10)), true, KeyUsage.keyCertSign | KeyUsage.cRLSign);
        issuingKey = keyPair();
        issuing = certificate(new X500Name("C=VN,O=Ban Co yeu Chinh phu,CN=" + name + " Issuing"), issuingKey,
                X500Name.getInstance(root.getSubjectX500Principal().getEncoded()), rootKey, now.minus(YEAR),
                now.plus(YEAR.multipliedBy(5)), true, KeyUsage.keyCertSign | KeyUsage.cRLSign);
    }

    public static OfficerCa named(String name) {
        return new OfficerCa(name);
    }

    /** The root as PEM: what {@code vaxpass.correction.officer-signature.trust-anchors-pem} holds. */
    public String rootPem() {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** An officer with a signing certificate valid from a year ago for two years. */
    public Officer officer(String name) {
        Instant now = Instant.now();
        return officer(name, now.minus(YEAR), now.plus(YEAR), KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
    }

    public Officer officer(String name, Instant notBefore, Instant notAfter, int keyUsage) {
        KeyPair key = keyPair();
        X509Certificate certificate = certificate(new X500Name("C=VN,O=Bo Cong an,OU=Cong an xa,CN=" + name),
                key, X500Name.getInstance(issuing.getSubjectX500Principal().getEncoded()), issuingKey, notBefore, notAfter, false,
                keyUsage);
        return new Officer(key, certificate, List.of(certificate, issuing));
    }

    /** A holder of a signing certificate and its key, as on a USB token. */
    public static final class Officer {

        private final KeyPair key;
        private final X509Certificate certificate;
        private final List<X509Certificate> chain;

        Officer(KeyPair key, X509Certificate certificate, List<X509Certificate> chain) {
            this.key = key;
            this.certificate = certificate;
            this.chain = chain;
        }

        public X509Certificate certificate() {
            return certificate;
        }

        /** A CMS detached signature of the hash, signed now, base64. */
        public String signHash(String decisionsHash) {
            return sign(OfficerSignatures.signedContent(decisionsHash), Instant.now(), true);
        }

        /** A CMS detached signature of the content, claiming this signing time, with or without the certificates. */
        public String sign(byte[] content, Instant signingTime, boolean withCertificates) {
            try {
                CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
                AttributeTable attributes = new AttributeTable(new Attribute(CMSAttributes.signingTime,
                        new DERSet(new Time(Date.from(signingTime)))));
                generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                        new JcaDigestCalculatorProviderBuilder().build())
                        .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(attributes))
                        .build(new JcaContentSignerBuilder("SHA256withECDSA").build(key.getPrivate()), certificate));
                if (withCertificates) {
                    generator.addCertificates(new JcaCertStore(chain));
                }
                return Base64.getEncoder().encodeToString(generator.generate(new CMSProcessableByteArray(content), false)
                        .getEncoded());
            } catch (Exception e) {
                throw new IllegalStateException("Cannot make a CMS signature", e);
            }
        }
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // BouncyCastle keeps a name's parts in the order written, X500Principal prints them most specific first: written
    // C first, a subject reads "CN=...,OU=...,O=...,C=VN" as a Vietnamese CA's do.
    private static X509Certificate certificate(X500Name subject, KeyPair subjectKey, X500Name issuer, KeyPair issuerKey,
            Instant notBefore, Instant notAfter, boolean ca, int keyUsage) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIALS.incrementAndGet()), Date.from(notBefore), Date.from(notAfter), subject,
                    subjectKey.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(ca))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            return new JcaX509CertificateConverter().getCertificate(builder.build(
                    new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot make a test certificate", e);
        }
    }
}
