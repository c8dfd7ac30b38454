package vn.vaxpass.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import io.quarkus.test.junit.QuarkusTestProfile;

import vn.vaxpass.signing.LocalSigningKeys;
import vn.vaxpass.signing.PemFiles;

/**
 * A DSC valid for three years from yesterday, in PEM files under target/, and the profile that signs with it. The
 * development DSC spans two years around its creation, which two consecutive 12-month windows starting now do not
 * fit in; a renewal a year ahead needs a key that will still be valid then, as production's next DSC would be.
 */
public final class LongLivedSigningKeys implements QuarkusTestProfile {

    private static final Duration VALIDITY = Duration.ofDays(3 * 366);
    private static final Path DIRECTORY = Path.of("target/long-lived-dsc");

    @Override
    public Map<String, String> getConfigOverrides() {
        create();
        return Map.of(
                "vaxpass.signing.mode", "pem",
                "vaxpass.signing.certificate", DIRECTORY.resolve("dsc.crt.pem").toAbsolutePath().toString(),
                "vaxpass.signing.private-key", DIRECTORY.resolve("dsc.key.pem").toAbsolutePath().toString());
    }

    private static synchronized void create() {
        try {
            Files.createDirectories(DIRECTORY);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keys = generator.generateKeyPair();
            Instant from = Instant.now().minus(Duration.ofDays(1));
            X500Name name = new X500Name("CN=Vaxpass test DSC (three years),C=" + LocalSigningKeys.COUNTRY);
            JcaX509v3CertificateBuilder dsc = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(from.toEpochMilli()),
                    Date.from(from), Date.from(from.plus(VALIDITY)), name, keys.getPublic());
            dsc.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            dsc.addExtension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(LocalSigningKeys.DCC_VACCINATION_KEY_USAGE));
            var certificate = new JcaX509CertificateConverter().getCertificate(
                    dsc.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
            Files.writeString(DIRECTORY.resolve("dsc.crt.pem"), PemFiles.toPem(certificate));
            Files.writeString(DIRECTORY.resolve("dsc.key.pem"), PemFiles.toPem(keys.getPrivate()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }
}
