package vn.vaxpass.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The certificate authorities the functions trust for the database server: the PEM bundle this jar ships
 * ({@value #BUNDLE}, Amazon RDS's roots and, for RDS Proxy, Amazon Trust Services'; its README says where it came
 * from). The reactive client reads the same file through {@code quarkus.datasource.reactive.trust-certificate-pem};
 * JDBC through {@link DatabaseCaSslSocketFactory}.
 */
public final class DatabaseCa {

    /** The class-path resource of the bundle, as the Lambda modules' {@code %prod} properties name it. */
    public static final String BUNDLE = "database/rds-ca-bundle.pem";

    private static final String FILE_PREFIX = "file:";

    private DatabaseCa() {
    }

    /**
     * The certificates of a PEM bundle: {@code file:PATH} for a file, otherwise a class-path resource; {@code null}
     * for {@link #BUNDLE}.
     */
    public static List<X509Certificate> certificates(String source) {
        String location = source == null || source.isBlank() ? BUNDLE : source.strip();
        try (InputStream in = open(location)) {
            Collection<? extends Certificate> read = CertificateFactory.getInstance("X.509").generateCertificates(in);
            List<X509Certificate> certificates = new ArrayList<>(read.size());
            for (Certificate certificate : read) {
                certificates.add((X509Certificate) certificate);
            }
            if (certificates.isEmpty()) {
                throw new IllegalStateException("No certificate in the database CA bundle " + location);
            }
            return List.copyOf(certificates);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the database CA bundle " + location, e);
        } catch (CertificateException e) {
            throw new IllegalStateException("The database CA bundle " + location + " is not PEM X.509 certificates", e);
        }
    }

    /** A TLS context whose only trust anchors are the bundle's certificates (never the JDK's own). */
    public static SSLContext sslContext(String source) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust(source).getTrustManagers(), null);
        return context;
    }

    /** PKIX trust managers whose anchors are the bundle's certificates and nothing else. */
    static TrustManagerFactory trust(String source) throws GeneralSecurityException {
        KeyStore anchors = KeyStore.getInstance("PKCS12");
        try {
            anchors.load(null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<X509Certificate> certificates = certificates(source);
        for (int i = 0; i < certificates.size(); i++) {
            anchors.setCertificateEntry("database-ca-" + i, certificates.get(i));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX");
        trust.init(anchors);
        return trust;
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith(FILE_PREFIX)) {
            return Files.newInputStream(Path.of(location.substring(FILE_PREFIX.length())));
        }
        String resource = location.startsWith("/") ? location.substring(1) : location;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        InputStream in = loader == null ? null : loader.getResourceAsStream(resource);
        if (in == null) {
            in = DatabaseCa.class.getClassLoader().getResourceAsStream(resource);
        }
        if (in == null) {
            throw new IOException("no class-path resource " + resource
                    + " (a native image needs it in quarkus.native.resources.includes)");
        }
        return in;
    }
}
