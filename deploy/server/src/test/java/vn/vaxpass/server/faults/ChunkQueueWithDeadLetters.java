package vn.vaxpass.server.faults;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import vn.vaxpass.messaging.testing.ElasticMqResource;
import vn.vaxpass.server.LocalSqs;

/**
 * Gives the test ElasticMQ's chunk queue the redrive policy {@code serve} (LocalSqs) and AWS give theirs: a message is
 * received once, then moved to {@value #DEAD_LETTERS}, so the stale-chunk sweep, counting attempts, is the only retry
 * (docs/messages.md). The module's other tests keep a plain queue whose failed messages come back.
 */
public class ChunkQueueWithDeadLetters implements QuarkusTestResourceLifecycleManager {

    static final String CHUNKS = "registry-match-chunks";
    static final String DEAD_LETTERS = CHUNKS + "-dlq";
    private static final int RECEIVES = 1;
    /** ElasticMQ names a queue {@code arn:aws:sqs:elasticmq:000000000000:<name>}. */
    private static final String ARN_PREFIX = "arn:aws:sqs:elasticmq:000000000000:";
    private static final Pattern QUEUE_URL = Pattern.compile("<QueueUrl>([^<]+)</QueueUrl>");

    private static volatile String deadLettersUrl;

    /** The dead-letter queue's URL, for counting what reached it. */
    static String deadLettersUrl() {
        return deadLettersUrl;
    }

    @Override
    public Map<String, String> start() {
        String created = LocalSqs.call(ElasticMqResource.endpoint(), "Action=CreateQueue&QueueName=" + DEAD_LETTERS);
        Matcher url = QUEUE_URL.matcher(created);
        if (!url.find()) {
            throw new IllegalStateException("ElasticMQ did not create " + DEAD_LETTERS + ": " + created);
        }
        deadLettersUrl = url.group(1);
        String policy = "{\"deadLetterTargetArn\":\"" + ARN_PREFIX + DEAD_LETTERS + "\",\"maxReceiveCount\":\""
                + RECEIVES + "\"}";
        String chunks = ElasticMqResource.queueUrl(CHUNKS);
        // Numbered (Attribute.1.Name): ElasticMQ answers an unnumbered Attribute.Name with success and ignores it.
        LocalSqs.call(chunks, "Action=SetQueueAttributes&Attribute.1.Name=RedrivePolicy"
                + "&Attribute.1.Value=" + URLEncoder.encode(policy, StandardCharsets.UTF_8));
        if (!LocalSqs.call(chunks, "Action=GetQueueAttributes&AttributeName.1=All").contains("RedrivePolicy")) {
            throw new IllegalStateException("ElasticMQ did not take the chunk queue's redrive policy");
        }
        return Map.of();
    }

    @Override
    public void stop() {
        deadLettersUrl = null;
    }

    @Override
    public int order() {
        return FaultyDatabase.AFTER_THE_MODULE_RESOURCES;
    }
}
