package vn.vaxpass.messaging.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An embedded ElasticMQ (an SQS-compatible server) on a free loopback port for a Quarkus test run, with the queues
 * named in the {@value #QUEUES} argument (comma-separated) created, and the SQS connector pointed at it. Use it as
 * {@code @QuarkusTestResource(value = ElasticMqResource.class, initArgs = @ResourceArg(name = "queues", value = "a,b"))}.
 * Queues hide a received message for {@value #VISIBILITY_SECONDS} second(s), so a message a consumer failed on
 * comes back quickly. Tests can send raw messages and count what is left through the static helpers.
 */
public class ElasticMqResource implements QuarkusTestResourceLifecycleManager {

    public static final String QUEUES = "queues";
    public static final int VISIBILITY_SECONDS = 1;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern QUEUE_URL = Pattern.compile("<QueueUrl>([^<]+)</QueueUrl>");
    private static final Pattern BODY = Pattern.compile("<Body>([^<]*)</Body>");
    private static final Pattern RECEIPT = Pattern.compile("<ReceiptHandle>([^<]*)</ReceiptHandle>");
    private static final Pattern ATTRIBUTE = Pattern.compile("<Name>([^<]+)</Name>\\s*<Value>([^<]*)</Value>");

    private static final Map<String, String> QUEUE_URLS = new java.util.concurrent.ConcurrentHashMap<>();
    private static volatile String endpoint;

    private List<String> queues = List.of();
    private SQSRestServer server;

    @Override
    public void init(Map<String, String> initArgs) {
        String names = initArgs.getOrDefault(QUEUES, "");
        queues = Arrays.stream(names.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    @Override
    public Map<String, String> start() {
        int port = freePort();
        server = SQSRestServerBuilder.withPort(port).withInterface("127.0.0.1").start();
        server.waitUntilStarted();
        endpoint = "http://127.0.0.1:" + port;
        queues.forEach(ElasticMqResource::createQueue);
        Map<String, String> config = new HashMap<>();
        config.put("mp.messaging.connector.smallrye-sqs.endpoint-override", endpoint);
        config.put("mp.messaging.connector.smallrye-sqs.region", "ap-southeast-1");
        // ElasticMQ checks no signature; anonymous requests need no keys in the environment.
        config.put("mp.messaging.connector.smallrye-sqs.credentials-provider",
                "software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider");
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stopAndWait();
        }
    }

    /** The endpoint of the running server, such as {@code http://127.0.0.1:40123}. */
    public static String endpoint() {
        return endpoint;
    }

    /** The URL ElasticMQ gave the queue when it created it. */
    public static String queueUrl(String queue) {
        String url = QUEUE_URLS.get(queue);
        if (url == null) {
            throw new IllegalArgumentException("No queue " + queue + " was created; name it in the queues argument");
        }
        return url;
    }

    /** Sends a message with this body, as another producer (or a redelivery) would. */
    public static void send(String queue, String body) {
        call(queueUrl(queue), "Action=SendMessage&MessageBody=" + URLEncoder.encode(body, StandardCharsets.UTF_8));
    }

    /** Receives (and deletes) up to ten visible messages: their bodies. */
    public static List<String> receive(String queue) {
        String answer = call(queueUrl(queue), "Action=ReceiveMessage&MaxNumberOfMessages=10&WaitTimeSeconds=1");
        List<String> bodies = new java.util.ArrayList<>();
        Matcher body = BODY.matcher(answer);
        Matcher receipt = RECEIPT.matcher(answer);
        while (body.find() && receipt.find()) {
            bodies.add(unescape(body.group(1)));
            call(queueUrl(queue), "Action=DeleteMessage&ReceiptHandle="
                    + URLEncoder.encode(unescape(receipt.group(1)), StandardCharsets.UTF_8));
        }
        return bodies;
    }

    /** Messages in the queue, visible or being processed (ApproximateNumberOfMessages + ...NotVisible). */
    public static long messages(String queue) {
        String answer = call(queueUrl(queue), "Action=GetQueueAttributes&AttributeName.1=All");
        Map<String, String> attributes = new HashMap<>();
        Matcher found = ATTRIBUTE.matcher(answer);
        while (found.find()) {
            attributes.put(found.group(1), found.group(2));
        }
        return Long.parseLong(attributes.getOrDefault("ApproximateNumberOfMessages", "0"))
                + Long.parseLong(attributes.getOrDefault("ApproximateNumberOfMessagesNotVisible", "0"));
    }

    static void createQueue(String queue) {
        String answer = call(endpoint, "Action=CreateQueue&QueueName=" + URLEncoder.encode(queue, StandardCharsets.UTF_8)
                + "&Attribute.1.Name=VisibilityTimeout&Attribute.1.Value=" + VISIBILITY_SECONDS);
        Matcher url = QUEUE_URL.matcher(answer);
        if (!url.find()) {
            throw new IllegalStateException("ElasticMQ did not create queue " + queue + ": " + answer);
        }
        QUEUE_URLS.put(queue, url.group(1));
    }

    private static String unescape(String xml) {
        return xml.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String call(String url, String form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("ElasticMQ answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
