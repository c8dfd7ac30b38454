package vn.vaxpass.database;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * As much of a PostgreSQL server as a client's TLS needs: it answers the SSLRequest with {@code S}, completes the
 * handshake with a certificate for {@code localhost} issued by a CA of its own, reads the startup message and
 * refuses it with an ErrorResponse saying {@link #GREETING}. A client that reports the greeting got through TLS and
 * its checks; one that reports a certificate or name error did not.
 */
final class PostgresTlsStub implements AutoCloseable {

    static final String GREETING = "vaxpass TLS stub: handshake accepted";

    private static final int SSL_REQUEST_CODE = 80877103;

    private final ServerSocket server;
    private final SSLContext tls;
    private final Path caFile;

    PostgresTlsStub(Path directory) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair caKeys = generator.generateKeyPair();
            KeyPair serverKeys = generator.generateKeyPair();
            X500Name caName = new X500Name("CN=Vaxpass test database CA");
            X509Certificate ca = certificate(caName, caKeys, caName, caKeys, true, null);
            X509Certificate leaf = certificate(new X500Name("CN=localhost"), serverKeys, caName, caKeys, false,
                    new GeneralNames(new GeneralName(GeneralName.dNSName, "localhost")));

            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("server", serverKeys.getPrivate(), new char[0], new X509Certificate[] {leaf, ca});
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, new char[0]);
            tls = SSLContext.getInstance("TLS");
            tls.init(keyManagers.getKeyManagers(), null, null);

            Files.createDirectories(directory);
            caFile = directory.resolve("stub-ca.pem");
            Files.writeString(caFile, pem(ca), StandardCharsets.US_ASCII);

            server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
        Thread acceptor = new Thread(this::serve, "postgres-tls-stub");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** The stub's CA as a PEM file: what a client must trust to accept the stub. */
    Path caFile() {
        return caFile;
    }

    private void serve() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread connection = new Thread(() -> answer(client), "postgres-tls-stub-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void answer(Socket raw) {
        try (raw) {
            raw.setSoTimeout(10_000);
            DataInputStream in = new DataInputStream(raw.getInputStream());
            int length = in.readInt();
            int code = in.readInt();
            if (length != 8 || code != SSL_REQUEST_CODE) {
                return;
            }
            raw.getOutputStream().write('S');
            raw.getOutputStream().flush();
            try (SSLSocket secured = (SSLSocket) tls.getSocketFactory().createSocket(raw,
                    raw.getInetAddress().getHostAddress(), raw.getPort(), true)) {
                secured.setUseClientMode(false);
                secured.startHandshake();
                DataInputStream startup = new DataInputStream(secured.getInputStream());
                startup.readFully(new byte[startup.readInt() - 4]);
                OutputStream out = secured.getOutputStream();
                out.write(errorResponse());
                out.flush();
            }
        } catch (IOException refusedByTheClient) {
            // The client's verification failed the handshake: it reports why.
        }
    }

    /** An ErrorResponse ('E'): severity FATAL, SQLSTATE 08004 (server rejected the connection), the greeting. */
    private static byte[] errorResponse() {
        String fields = "SFATAL\0VFATAL\0C08004\0M" + GREETING + "\0\0";
        byte[] body = fields.getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[1 + 4 + body.length];
        message[0] = 'E';
        int length = 4 + body.length;
        message[1] = (byte) (length >>> 24);
        message[2] = (byte) (length >>> 16);
        message[3] = (byte) (length >>> 8);
        message[4] = (byte) length;
        System.arraycopy(body, 0, message, 5, body.length);
        return message;
    }

    private static X509Certificate certificate(X500Name subject, KeyPair subjectKeys, X500Name issuer,
            KeyPair issuerKeys, boolean ca, GeneralNames names) throws GeneralSecurityException,
            org.bouncycastle.operator.OperatorCreationException, IOException {
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                BigInteger.valueOf(now.toEpochMilli()).add(BigInteger.valueOf(ca ? 0 : 1)),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))), subject,
                subjectKeys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca
                ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.digitalSignature));
        if (names != null) {
            builder.addExtension(Extension.subjectAlternativeName, false, names);
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate())));
    }

    private static String pem(X509Certificate certificate) throws GeneralSecurityException {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
