package vn.vaxpass.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded chunk queue follows the rule of the AWS one (docs/messages.md): a message is received once, then it is
 * in the dead-letter queue, so only the stale-chunk sweep sends a chunk again, counting attempts, and never while a
 * worker may still hold its message.
 */
class LocalSqsGivesAChunkMessageOneReceive {

    private static final Pattern RECEIPT = Pattern.compile("<ReceiptHandle>(.+?)</ReceiptHandle>");
    private static final String BODY = "{\"v\":1}";

    private SQSRestServer server;
    private String endpoint;

    @BeforeEach
    void start() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = SQSRestServerBuilder.withPort(port).withInterface("127.0.0.1").start();
        server.waitUntilStarted();
        endpoint = "http://127.0.0.1:" + port;
    }

    @AfterEach
    void stop() {
        server.stopAndWait();
    }

    @Test
    void aChunkMessageAFailedWorkerLeftGoesToTheDeadLetterQueue() {
        LocalSqs.createQueue(endpoint, LocalSqs.CHUNK_QUEUE);
        String queue = url(LocalSqs.CHUNK_QUEUE);
        LocalSqs.call(endpoint, "Action=SendMessage&QueueUrl=" + queue + "&MessageBody=" + BODY);

        String first = LocalSqs.call(endpoint, "Action=ReceiveMessage&QueueUrl=" + queue);
        Matcher receipt = RECEIPT.matcher(first);
        assertThat(receipt.find()).isTrue();
        // The worker failed: the message is visible again at once, as after its visibility timeout.
        LocalSqs.call(endpoint, "Action=ChangeMessageVisibility&QueueUrl=" + queue + "&VisibilityTimeout=0"
                + "&ReceiptHandle=" + URLEncoder.encode(receipt.group(1), StandardCharsets.UTF_8));

        assertThat(LocalSqs.call(endpoint, "Action=ReceiveMessage&QueueUrl=" + queue)).doesNotContain("<Body>");
        assertThat(LocalSqs.call(endpoint, "Action=ReceiveMessage&QueueUrl="
                + url(LocalSqs.CHUNK_QUEUE + LocalSqs.DEAD_LETTER_SUFFIX))).contains("<Body>");
    }

    private String url(String queue) {
        return endpoint + "/000000000000/" + queue;
    }
}
