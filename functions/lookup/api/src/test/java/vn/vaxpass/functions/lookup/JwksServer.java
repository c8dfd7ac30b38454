package vn.vaxpass.functions.lookup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The identity provider's JSON Web Key Set over HTTP, as the functions read it in AWS
 * ({@code MP_JWT_VERIFY_PUBLICKEY_LOCATION} is the provider's JWKS URL, terraform/lambda.tf): one RSA key, the test key
 * pair of http-common's test-jar, under {@link #KID}. Started before the application, on a free port of 127.0.0.1.
 */
public class JwksServer implements QuarkusTestResourceLifecycleManager {

    /** The key id the set names its one key with. */
    public static final String KID = "vaxpass-test-idp-1";
    /** The path the set is served at. */
    public static final String PATH = "/.well-known/jwks.json";

    /**
     * A system property counting the requests the set has answered: the test sees it whatever class loader runs this
     * resource.
     */
    static final String FETCHES = "vaxpass.test.jwks-fetches";
    private final AtomicInteger fetches = new AtomicInteger();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        RSAPublicKey key = publicKey();
        byte[] body = ("{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + KID + "\",\"n\":\""
                + unsigned(key.getModulus().toByteArray()) + "\",\"e\":\"" + unsigned(key.getPublicExponent().toByteArray())
                + "\"}]}").getBytes(StandardCharsets.UTF_8);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("no port for the JWKS server", e);
        }
        server.createContext(PATH, exchange -> {
            System.setProperty(FETCHES, Integer.toString(fetches.incrementAndGet()));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return Map.of("mp.jwt.verify.publickey.location",
                "http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The public half of the key the set holds (http-common's test-jar, {@code testing/token-public.pem}). */
    static RSAPublicKey publicKey() {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(der(pem("testing/token-public.pem"))));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The private half: what the identity provider signs with. */
    static PrivateKey privateKey() {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem("testing/token-private.pem"))));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PEM file of the classpath, as its text. */
    static String pem(String resource) {
        try (InputStream in = JwksServer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath (http-common's test-jar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }

    /** Base64url of a big-endian integer without the sign byte Java adds (RFC 7518 §6.3.1). */
    private static String unsigned(byte[] twosComplement) {
        int start = twosComplement.length > 1 && twosComplement[0] == 0 ? 1 : 0;
        byte[] bytes = java.util.Arrays.copyOfRange(twosComplement, start, twosComplement.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
