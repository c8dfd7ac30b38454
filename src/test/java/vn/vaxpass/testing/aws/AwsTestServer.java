package vn.vaxpass.testing.aws;

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
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

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
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Just enough of AWS, on 127.0.0.1 and a free port, for the real SDK clients to talk to: KMS
 * ({@code TrentService.GetPublicKey}, {@code TrentService.Sign}) and Secrets Manager
 * ({@code secretsmanager.GetSecretValue}), both over the JSON 1.1 protocol (POST /, {@code X-Amz-Target},
 * {@code application/x-amz-json-1.1}; errors as {@code {"__type", "message"}}), and SNS {@code Publish} to a phone
 * number over the Query protocol (a form, answered in XML).
 *
 * <p>Every request must carry a valid AWS Signature Version 4 made with {@link #credentials()} for
 * {@link #REGION} and the service the target names, else it is refused as AWS refuses it
 * ({@code InvalidSignatureException}). KMS keys are real key pairs ({@link KmsTestKey}) and Sign signs for real as
 * KMS does: ECDSA with a random k and DER output; RSASSA-PSS with SHA-256, MGF1 SHA-256 and a 32-byte salt; the
 * message as a SHA-256 digest ({@code DIGEST}) or as bytes to hash ({@code RAW}). {@link #failNext} makes the next
 * calls of an operation answer with throttling or a server error, so that the SDK's retries run for real;
 * {@link #throttleAbove} answers {@code ThrottlingException} to the calls of an operation beyond a request rate, as
 * KMS does beyond its per-account quota. Requests are handled on a few threads, as a service answers several at once.
 */
public final class AwsTestServer implements AutoCloseable {

    public static final String REGION = "ap-southeast-1";
    public static final String ACCOUNT = "111122223333";
    public static final String KMS_GET_PUBLIC_KEY = "TrentService.GetPublicKey";
    public static final String KMS_SIGN = "TrentService.Sign";
    public static final String SECRETS_GET_SECRET_VALUE = "secretsmanager.GetSecretValue";
    /** SNS {@code Publish} (Query protocol), to a phone number: the only SNS call the product makes. */
    public static final String SNS_PUBLISH = "SNS.Publish";
    static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    static final String QUERY_CONTENT_TYPE = "application/x-www-form-urlencoded";
    private static final String SNS_NAMESPACE = "http://sns.amazonaws.com/doc/2010-03-31/";
    private static final String ACCESS_KEY_ID = "AKIDVAXPASSTEST";
    private static final String SECRET_ACCESS_KEY = "test-secret-access-key";
    private static final int SHA256_LENGTH = 32;
    private static final int RAW_MESSAGE_LIMIT = 4096;
    private static final int HANDLER_THREADS = 4;

    /** What the next calls of an operation get instead of their answer. */
    public enum Failure {
        /** HTTP 400 {@code ThrottlingException}: the SDK backs off and retries. */
        THROTTLING(400, "ThrottlingException", "Rate exceeded"),
        /** HTTP 500, the service's internal error: the SDK retries. */
        INTERNAL_ERROR(500, "InternalFailure", "The request processing has failed because of an unknown error"),
        /** HTTP 503: the SDK retries. */
        UNAVAILABLE(503, "ServiceUnavailableException", "Service is unavailable");

        final int status;
        final String type;
        final String message;

        Failure(int status, String type, String message) {
            this.status = status;
            this.type = type;
            this.message = message;
        }
    }

    /** One request as received: the operation, its JSON body and its Authorization header. */
    public record Request(String target, JsonNode body, String authorization) {
    }

    private record Planned(String target, int status, String type, String message) {
    }

    /** A token bucket: {@code perSecond} tokens a second, at most {@code perSecond} held. */
    private static final class RequestQuota {
        private final double perSecond;
        private double tokens;
        private long refilledAt = System.nanoTime();

        RequestQuota(int perSecond) {
            this.perSecond = perSecond;
            this.tokens = perSecond;
        }

        synchronized boolean take() {
            long now = System.nanoTime();
            tokens = Math.min(perSecond, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
            if (tokens < 1) {
                return false;
            }
            tokens--;
            return true;
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, KmsTestKey> keys = new ConcurrentHashMap<>();
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Queue<Planned> planned = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final Map<String, RequestQuota> quotas = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> throttled = new ConcurrentHashMap<>();
    private final ExecutorService handlers = Executors.newFixedThreadPool(HANDLER_THREADS, runnable -> {
        Thread thread = new Thread(runnable, "aws-test-server");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpServer server;
    private volatile boolean keepRequests = true;

    public AwsTestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(handlers);
        server.start();
    }

    /**
     * From now on, calls of the operation (e.g. {@link #KMS_SIGN}) beyond {@code requestsPerSecond} are answered
     * HTTP 400 {@code ThrottlingException} ("Rate exceeded"), as KMS answers beyond its request quota: a token
     * bucket refilled at that rate, holding at most one second's worth. The answers are counted
     * ({@link #throttled(String)}).
     */
    public AwsTestServer throttleAbove(String target, int requestsPerSecond) {
        quotas.put(target, new RequestQuota(requestsPerSecond));
        return this;
    }

    /** How many calls of the operation were answered {@code ThrottlingException} by {@link #throttleAbove}. */
    public long throttled(String target) {
        LongAdder count = throttled.get(target);
        return count == null ? 0 : count.sum();
    }

    /**
     * Stops recording every request ({@link #requests()} stays as it is; {@link #calls} counts on): for benchmarks,
     * which send hundreds of thousands.
     */
    public AwsTestServer countOnly() {
        keepRequests = false;
        return this;
    }

    public AwsTestServer add(KmsTestKey key) {
        keys.put(key.keyId(), key);
        return this;
    }

    /** Stores (or replaces: a rotation) a secret's current string under its ARN, which this method returns. */
    public String putSecret(String name, String secretString) {
        String arn = secretArn(name);
        secrets.put(arn, secretString);
        return arn;
    }

    /** The next {@code times} calls of the operation (e.g. {@link #KMS_SIGN}) get this failure. */
    public void failNext(String target, int times, Failure failure) {
        for (int i = 0; i < times; i++) {
            planned.add(new Planned(target, failure.status, failure.type, failure.message));
        }
    }

    /** Forgets the failures planned and not yet answered: the service is well again. */
    public void recover() {
        planned.clear();
    }

    /** The next call of the operation gets this service error (HTTP 400), e.g. {@code DisabledException}. */
    public void failNext(String target, String type, String message) {
        planned.add(new Planned(target, 400, type, message));
    }

    /** Every request received, in order, failed ones included. */
    public List<Request> requests() {
        return requests;
    }

    /** How many calls of the operation were received, failed ones included. */
    public long calls(String target) {
        LongAdder count = calls.get(target);
        return count == null ? 0 : count.sum();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The only credentials whose signatures this server accepts. */
    public AwsCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY));
    }

    /**
     * What an application needs to reach this server: the SDK's system properties for credentials (the default
     * chain reads them first), and the region.
     */
    public Map<String, String> sdkSystemProperties() {
        return Map.of("aws.accessKeyId", ACCESS_KEY_ID, "aws.secretAccessKey", SECRET_ACCESS_KEY, "aws.region", REGION);
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            byte[] raw;
            try (InputStream in = exchange.getRequestBody()) {
                raw = in.readAllBytes();
            }
            if (contentType != null && contentType.startsWith(QUERY_CONTENT_TYPE)) {
                handleQuery(exchange, raw);
                return;
            }
            JsonNode body = raw.length == 0 ? json.createObjectNode() : json.readTree(raw);
            calls.computeIfAbsent(String.valueOf(target), t -> new LongAdder()).increment();
            if (keepRequests) {
                requests.add(new Request(target, body, exchange.getRequestHeaders().getFirst("Authorization")));
            }
            if (!"POST".equals(exchange.getRequestMethod()) || contentType == null || !contentType.startsWith(CONTENT_TYPE)) {
                error(exchange, 400, "UnsupportedOperationException", "expected POST " + CONTENT_TYPE);
                return;
            }
            String service = target == null ? "" : target.startsWith("TrentService.") ? "kms"
                    : target.startsWith("secretsmanager.") ? "secretsmanager" : "";
            String signatureProblem = SigV4.problem(exchange, raw, ACCESS_KEY_ID, SECRET_ACCESS_KEY, REGION, service);
            if (signatureProblem != null) {
                error(exchange, 400, "InvalidSignatureException", signatureProblem);
                return;
            }
            Planned failure = planned.peek();
            if (failure != null && failure.target().equals(target) && planned.remove(failure)) {
                error(exchange, failure.status(), failure.type(), failure.message());
                return;
            }
            RequestQuota quota = target == null ? null : quotas.get(target);
            if (quota != null && !quota.take()) {
                throttled.computeIfAbsent(target, t -> new LongAdder()).increment();
                error(exchange, Failure.THROTTLING.status, Failure.THROTTLING.type, Failure.THROTTLING.message);
                return;
            }
            switch (String.valueOf(target)) {
                case KMS_GET_PUBLIC_KEY -> withKey(exchange, body, key -> ok(exchange, publicKey(key)));
                case KMS_SIGN -> withKey(exchange, body, key -> sign(exchange, key, body));
                case SECRETS_GET_SECRET_VALUE -> secretValue(exchange, body);
                default -> error(exchange, 400, "UnknownOperationException", String.valueOf(target));
            }
        } finally {
            exchange.close();
        }
    }

    /**
     * SNS speaks the AWS Query protocol: a form with {@code Action} and {@code Version}, answered in XML, errors as
     * {@code ErrorResponse} (throttling is HTTP 400 {@code Throttling}). Recorded as target {@code SNS.<Action>} with
     * the form's fields as the body.
     */
    private void handleQuery(HttpExchange exchange, byte[] raw) throws IOException {
        ObjectNode form = json.createObjectNode();
        for (String pair : new String(raw, StandardCharsets.UTF_8).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(java.net.URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        String target = "SNS." + form.path("Action").asText();
        calls.computeIfAbsent(target, t -> new LongAdder()).increment();
        if (keepRequests) {
            requests.add(new Request(target, form, exchange.getRequestHeaders().getFirst("Authorization")));
        }
        String signatureProblem = SigV4.problem(exchange, raw, ACCESS_KEY_ID, SECRET_ACCESS_KEY, REGION, "sns");
        if (signatureProblem != null) {
            queryError(exchange, 403, "InvalidSignature", signatureProblem);
            return;
        }
        Planned failure = planned.peek();
        if (failure != null && failure.target().equals(target) && planned.remove(failure)) {
            queryError(exchange, failure.status(), failure.status() == Failure.THROTTLING.status ? "Throttling"
                    : "InternalError", failure.message());
            return;
        }
        if (!SNS_PUBLISH.equals(target)) {
            queryError(exchange, 400, "InvalidAction", target);
        } else if (!form.path("PhoneNumber").asText().matches("\\+[1-9][0-9]{6,14}")) {
            queryError(exchange, 400, "InvalidParameter", "Invalid parameter: PhoneNumber");
        } else if (form.path("Message").asText().isEmpty()) {
            queryError(exchange, 400, "InvalidParameter", "Invalid parameter: Empty message");
        } else {
            queryAnswer(exchange, 200, "<PublishResponse xmlns=\"" + SNS_NAMESPACE + "\"><PublishResult><MessageId>"
                    + UUID.randomUUID() + "</MessageId></PublishResult><ResponseMetadata><RequestId>"
                    + UUID.randomUUID() + "</RequestId></ResponseMetadata></PublishResponse>");
        }
    }

    private void queryError(HttpExchange exchange, int status, String code, String message) throws IOException {
        String type = status >= 500 ? "Receiver" : "Sender";
        queryAnswer(exchange, status, "<ErrorResponse xmlns=\"" + SNS_NAMESPACE + "\"><Error><Type>" + type
                + "</Type><Code>" + code + "</Code><Message>" + message.replace("<", "&lt;") + "</Message></Error>"
                + "<RequestId>" + UUID.randomUUID() + "</RequestId></ErrorResponse>");
    }

    private static void queryAnswer(HttpExchange exchange, int status, String xml) throws IOException {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private interface KeyAction {
        void run(KmsTestKey key) throws IOException;
    }

    private void withKey(HttpExchange exchange, JsonNode body, KeyAction action) throws IOException {
        KmsTestKey key = body.hasNonNull("KeyId") ? keys.get(keyIdOf(body.get("KeyId").asText())) : null;
        if (key == null) {
            error(exchange, 400, "NotFoundException", "Key '" + body.path("KeyId").asText() + "' does not exist");
        } else {
            action.run(key);
        }
    }

    private ObjectNode publicKey(KmsTestKey key) {
        ObjectNode response = json.createObjectNode()
                .put("KeyId", arn(key))
                .put("PublicKey", Base64.getEncoder().encodeToString(key.publicKey().getEncoded()))
                .put("KeySpec", key.keySpec())
                .put("CustomerMasterKeySpec", key.keySpec())
                .put("KeyUsage", key.keyUsage());
        key.signingAlgorithms().forEach(response.putArray("SigningAlgorithms")::add);
        return response;
    }

    private void sign(HttpExchange exchange, KmsTestKey key, JsonNode body) throws IOException {
        String algorithm = body.path("SigningAlgorithm").asText();
        String messageType = body.path("MessageType").asText("RAW");
        byte[] message = Base64.getDecoder().decode(body.path("Message").asText());
        if (!key.signingAlgorithms().contains(algorithm)) {
            error(exchange, 400, "InvalidKeyUsageException", algorithm + " is not valid for " + arn(key));
        } else if ("DIGEST".equals(messageType) && message.length != SHA256_LENGTH) {
            error(exchange, 400, "ValidationException", "Digest is invalid length for algorithm " + algorithm);
        } else if (!"DIGEST".equals(messageType) && (!"RAW".equals(messageType) || message.length > RAW_MESSAGE_LIMIT)) {
            error(exchange, 400, "ValidationException", "MessageType RAW takes at most 4096 bytes");
        } else {
            byte[] digest = "DIGEST".equals(messageType) ? message : sha256(message);
            ok(exchange, json.createObjectNode()
                    .put("KeyId", arn(key))
                    .put("Signature", Base64.getEncoder().encodeToString(signDigest(key, algorithm, digest)))
                    .put("SigningAlgorithm", algorithm));
        }
    }

    private byte[] signDigest(KmsTestKey key, String algorithm, byte[] digest) {
        try {
            if ("ECDSA_SHA_256".equals(algorithm)) {
                // NONEwithECDSA takes its input as the hash: exactly what KMS does with a digest.
                Signature ecdsa = Signature.getInstance("NONEwithECDSA");
                ecdsa.initSign(key.privateKey(), random);
                ecdsa.update(digest);
                return ecdsa.sign();
            }
            if ("RSASSA_PSS_SHA_256".equals(algorithm)) {
                PSSSigner pss = PSSSigner.createRawSigner(new RSABlindedEngine(), new SHA256Digest(), new SHA256Digest(),
                        SHA256_LENGTH, PSSSigner.TRAILER_IMPLICIT);
                pss.init(true, new ParametersWithRandom(PrivateKeyFactory.createKey(key.privateKey().getEncoded()), random));
                pss.update(digest, 0, digest.length);
                return pss.generateSignature();
            }
            throw new IllegalStateException("this stand-in does not sign with " + algorithm);
        } catch (GeneralSecurityException | CryptoException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void secretValue(HttpExchange exchange, JsonNode body) throws IOException {
        String id = body.path("SecretId").asText();
        String arn = id.startsWith("arn:") ? id : secretArn(id);
        String value = secrets.get(arn);
        if (value == null) {
            error(exchange, 400, "ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
            return;
        }
        ObjectNode response = json.createObjectNode()
                .put("ARN", arn)
                .put("Name", arn.substring(arn.lastIndexOf(':') + 1))
                .put("VersionId", UUID.nameUUIDFromBytes(value.getBytes(StandardCharsets.UTF_8)).toString())
                .put("SecretString", value)
                .put("CreatedDate", System.currentTimeMillis() / 1000.0);
        response.putArray("VersionStages").add("AWSCURRENT");
        ok(exchange, response);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String keyIdOf(String keyIdOrArn) {
        return keyIdOrArn.substring(keyIdOrArn.lastIndexOf('/') + 1);
    }

    private static String arn(KmsTestKey key) {
        return "arn:aws:kms:" + REGION + ":" + ACCOUNT + ":key/" + key.keyId();
    }

    private static String secretArn(String name) {
        return "arn:aws:secretsmanager:" + REGION + ":" + ACCOUNT + ":secret:" + name;
    }

    private void ok(HttpExchange exchange, ObjectNode response) throws IOException {
        respond(exchange, 200, response);
    }

    private void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        respond(exchange, status, json.createObjectNode().put("__type", type).put("message", message));
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
