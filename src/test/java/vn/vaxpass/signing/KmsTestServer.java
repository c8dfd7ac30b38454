package vn.vaxpass.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.PSSSigner;
import org.bouncycastle.crypto.util.PrivateKeyFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * Just enough of AWS KMS for the signer: {@code TrentService.GetPublicKey} and {@code TrentService.Sign} of the
 * JSON 1.1 protocol (POST /, {@code X-Amz-Target}, {@code application/x-amz-json-1.1}, errors as
 * {@code {"__type", "message"}} with HTTP 400), on 127.0.0.1 and a free port, signing with keys made in the test.
 * Sign takes digests only, as the signer sends them, and signs them as KMS does: ECDSA with a random k, DER
 * output; RSASSA-PSS with SHA-256, MGF1 SHA-256, 32-byte salt.
 */
final class KmsTestServer implements AutoCloseable {

    static final String REGION = "ap-southeast-1";
    static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final String ACCOUNT = "111122223333";
    private static final int SHA256_LENGTH = 32;

    /** One request as received: the operation and its JSON body. */
    static final class Request {
        final String target;
        final JsonNode body;
        final String authorization;

        Request(String target, JsonNode body, String authorization) {
            this.target = target;
            this.body = body;
            this.authorization = authorization;
        }
    }

    private static final class Failure {
        final String target;
        final String type;
        final String message;

        Failure(String target, String type, String message) {
            this.target = target;
            this.type = type;
            this.message = message;
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, KmsTestKey> keys = new ConcurrentHashMap<>();
    private final Queue<Failure> failures = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    KmsTestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    KmsTestServer add(KmsTestKey key) {
        keys.put(key.keyId, key);
        return this;
    }

    /** The next call of the operation ({@code "TrentService.Sign"}...) gets this KMS error instead. */
    void failNext(String target, String type, String message) {
        failures.add(new Failure(target, type, message));
    }

    List<Request> requests() {
        return requests;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** An SDK client pointed here, with static credentials and a region, through the production factory. */
    KmsClient client() {
        return KmsClients.create(REGION, Optional.of(endpoint()),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "test-secret")));
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            JsonNode body;
            try (InputStream in = exchange.getRequestBody()) {
                body = json.readTree(in.readAllBytes());
            }
            requests.add(new Request(target, body, exchange.getRequestHeaders().getFirst("Authorization")));
            if (!"POST".equals(exchange.getRequestMethod()) || contentType == null || !contentType.startsWith(CONTENT_TYPE)) {
                error(exchange, "UnsupportedOperationException", "expected POST " + CONTENT_TYPE);
                return;
            }
            Failure failure = failures.peek();
            if (failure != null && failure.target.equals(target) && failures.remove(failure)) {
                error(exchange, failure.type, failure.message);
                return;
            }
            KmsTestKey key = body.hasNonNull("KeyId") ? keys.get(keyIdOf(body.get("KeyId").asText())) : null;
            if (key == null) {
                error(exchange, "NotFoundException", "Key '" + body.path("KeyId").asText() + "' does not exist");
            } else if ("TrentService.GetPublicKey".equals(target)) {
                ok(exchange, publicKey(key));
            } else if ("TrentService.Sign".equals(target)) {
                sign(exchange, key, body);
            } else {
                error(exchange, "UnknownOperationException", String.valueOf(target));
            }
        } finally {
            exchange.close();
        }
    }

    private ObjectNode publicKey(KmsTestKey key) {
        ObjectNode response = json.createObjectNode()
                .put("KeyId", arn(key))
                .put("PublicKey", Base64.getEncoder().encodeToString(key.publicKey().getEncoded()))
                .put("KeySpec", key.keySpec)
                .put("CustomerMasterKeySpec", key.keySpec)
                .put("KeyUsage", key.keyUsage);
        key.signingAlgorithms.forEach(response.putArray("SigningAlgorithms")::add);
        return response;
    }

    private void sign(HttpExchange exchange, KmsTestKey key, JsonNode body) throws IOException {
        String algorithm = body.path("SigningAlgorithm").asText();
        byte[] digest = Base64.getDecoder().decode(body.path("Message").asText());
        if (!"DIGEST".equals(body.path("MessageType").asText()) || digest.length != SHA256_LENGTH) {
            error(exchange, "ValidationException", "this endpoint signs SHA-256 digests only");
        } else if (!key.signingAlgorithms.contains(algorithm)) {
            error(exchange, "InvalidKeyUsageException", algorithm + " is not valid for " + arn(key));
        } else {
            ok(exchange, json.createObjectNode()
                    .put("KeyId", arn(key))
                    .put("Signature", Base64.getEncoder().encodeToString(signDigest(key, algorithm, digest)))
                    .put("SigningAlgorithm", algorithm));
        }
    }

    private byte[] signDigest(KmsTestKey key, String algorithm, byte[] digest) {
        try {
            if ("ECDSA_SHA_256".equals(algorithm)) {
                // NONEwithECDSA takes its input as the hash: exactly what KMS does with MessageType DIGEST.
                Signature ecdsa = Signature.getInstance("NONEwithECDSA");
                ecdsa.initSign(key.keyPair.getPrivate(), random);
                ecdsa.update(digest);
                return ecdsa.sign();
            }
            PSSSigner pss = PSSSigner.createRawSigner(new RSABlindedEngine(), new SHA256Digest(), new SHA256Digest(),
                    SHA256_LENGTH, PSSSigner.TRAILER_IMPLICIT);
            pss.init(true, new ParametersWithRandom(PrivateKeyFactory.createKey(key.keyPair.getPrivate().getEncoded()), random));
            pss.update(digest, 0, digest.length);
            return pss.generateSignature();
        } catch (GeneralSecurityException | CryptoException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String keyIdOf(String keyIdOrArn) {
        return keyIdOrArn.substring(keyIdOrArn.lastIndexOf('/') + 1);
    }

    private static String arn(KmsTestKey key) {
        return "arn:aws:kms:" + REGION + ":" + ACCOUNT + ":key/" + key.keyId;
    }

    private void ok(HttpExchange exchange, ObjectNode response) throws IOException {
        respond(exchange, 200, response);
    }

    private void error(HttpExchange exchange, String type, String message) throws IOException {
        respond(exchange, 400, json.createObjectNode().put("__type", type).put("message", message));
    }

    private void respond(HttpExchange exchange, int status, ObjectNode response) throws IOException {
        byte[] bytes = json.writeValueAsString(response).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", CONTENT_TYPE);
        exchange.getResponseHeaders().add("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
