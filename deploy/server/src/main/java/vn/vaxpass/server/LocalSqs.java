package vn.vaxpass.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/**
 * {@code serve}'s own SQS: an embedded ElasticMQ on 127.0.0.1 with the queues the functions use, so the server runs
 * the registry-match worker with nothing installed but PostgreSQL. Off with {@code VAXPASS_LOCAL_SQS=false} (or
 * {@code -Dvaxpass.local-sqs=false}), when the connector is pointed at a real SQS instead.
 */
public final class LocalSqs {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Every queue a function of this server sends to or consumes. */
    static final List<String> QUEUES = List.of("registry-match-chunks", "sms-requested", "certificate-renewal-due",
            "citizen-notification");

    /** Received messages stay hidden this long; a message a worker failed on is delivered again after it. */
    static final int VISIBILITY_SECONDS = 60;

    /**
     * As in AWS (terraform/queues.tf), the chunk queue receives a message once, then moves it to its dead-letter queue:
     * the stale-chunk sweep is its only retry, counted in vaxpass.match-jobs.max-attempts, and never sends a chunk
     * whose message may still be in flight, since resend-after (15 minutes) exceeds one visibility timeout
     * (docs/messages.md).
     */
    static final String CHUNK_QUEUE = "registry-match-chunks";
    static final int CHUNK_QUEUE_RECEIVES = 1;
    static final String DEAD_LETTER_SUFFIX = "-dlq";

    /** ElasticMQ names a queue {@code arn:aws:sqs:elasticmq:000000000000:<name>}. */
    private static final String ARN_PREFIX = "arn:aws:sqs:elasticmq:000000000000:";

    private LocalSqs() {
    }

    static boolean enabled() {
        return Boolean.parseBoolean(setting("vaxpass.local-sqs", "VAXPASS_LOCAL_SQS", "true"));
    }

    private static int port() {
        return Integer.parseInt(setting("vaxpass.local-sqs.port", "VAXPASS_LOCAL_SQS_PORT", "9324"));
    }

    /** Starts ElasticMQ, creates the queues and points the SQS connector at it, unless configured otherwise. */
    static void start() {
        SQSRestServerBuilder.withPort(port()).withInterface("127.0.0.1").start().waitUntilStarted();
        String endpoint = "http://127.0.0.1:" + port();
        QUEUES.forEach(queue -> createQueue(endpoint, queue));
        defaultProperty("mp.messaging.connector.smallrye-sqs.endpoint-override", endpoint);
        // ElasticMQ checks no signature: no AWS keys are needed.
        defaultProperty("mp.messaging.connector.smallrye-sqs.credentials-provider",
                "software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider");
    }

    static void createQueue(String endpoint, String queue) {
        String form = "Action=CreateQueue&QueueName=" + encode(queue)
                + "&Attribute.1.Name=VisibilityTimeout&Attribute.1.Value=" + VISIBILITY_SECONDS;
        if (queue.equals(CHUNK_QUEUE)) {
            String deadLetters = queue + DEAD_LETTER_SUFFIX;
            call(endpoint, "Action=CreateQueue&QueueName=" + encode(deadLetters));
            form += "&Attribute.2.Name=RedrivePolicy&Attribute.2.Value=" + encode("{\"deadLetterTargetArn\":\""
                    + ARN_PREFIX + deadLetters + "\",\"maxReceiveCount\":\"" + CHUNK_QUEUE_RECEIVES + "\"}");
        }
        call(endpoint, form);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One call of the SQS query API (a form POST) to the local SQS; its XML answer. */
    public static String call(String url, String form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The local SQS answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }

    private static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
