package vn.vaxpass.server.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;

import vn.vaxpass.server.LocalSqs;

/**
 * What {@code bench-renewal} asks the SQS the connector points at (the embedded ElasticMQ) through its query API:
 * how many messages a queue holds, and to empty one between runs.
 */
final class BenchQueues {

    static final String DUE = "certificate-renewal-due";
    static final String NOTIFICATIONS = "citizen-notification";

    private static final Pattern QUEUE_URL = Pattern.compile("<QueueUrl>([^<]+)</QueueUrl>");
    private static final Pattern VISIBLE = Pattern.compile("<Name>ApproximateNumberOfMessages</Name>\\s*<Value>(\\d+)</Value>");
    private static final Pattern HIDDEN = Pattern.compile(
            "<Name>ApproximateNumberOfMessagesNotVisible</Name>\\s*<Value>(\\d+)</Value>");

    private BenchQueues() {
    }

    /** Messages in the queue, visible or being processed. */
    static long messages(String queue) {
        String answer = LocalSqs.call(url(queue), "Action=GetQueueAttributes&AttributeName.1=All");
        return number(VISIBLE.matcher(answer)) + number(HIDDEN.matcher(answer));
    }

    static void purge(String queue) {
        LocalSqs.call(url(queue), "Action=PurgeQueue");
    }

    private static long number(Matcher found) {
        return found.find() ? Long.parseLong(found.group(1)) : 0;
    }

    private static String url(String queue) {
        String endpoint = ConfigProvider.getConfig()
                .getOptionalValue("mp.messaging.connector.smallrye-sqs.endpoint-override", String.class)
                .orElseThrow(() -> new IllegalStateException("bench-renewal needs the embedded SQS (VAXPASS_LOCAL_SQS=true)"));
        Matcher url = QUEUE_URL.matcher(LocalSqs.call(endpoint, "Action=GetQueueUrl&QueueName="
                + URLEncoder.encode(queue, StandardCharsets.UTF_8)));
        if (!url.find()) {
            throw new IllegalStateException("No queue " + queue + " at " + endpoint);
        }
        return url.group(1);
    }
}
