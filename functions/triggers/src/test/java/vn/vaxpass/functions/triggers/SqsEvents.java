package vn.vaxpass.functions.triggers;

import java.util.List;
import java.util.stream.Collectors;

/** SQS events as Lambda's event source mapping delivers them to a trigger handler, for a queue of this deployment. */
final class SqsEvents {

    private SqsEvents() {
    }

    /** An event of these records. */
    static String event(String... records) {
        return List.of(records).stream().collect(Collectors.joining(",", "{\"Records\":[", "]}"));
    }

    /** One record of the queue {@code vaxpass-dev-<queue>}, carrying {@code body}. */
    static String record(String queue, String messageId, String body) {
        return """
                {"messageId":"%s","receiptHandle":"handle-%s","body":%s,"attributes":{"ApproximateReceiveCount":"1",\
                "SentTimestamp":"1700000000000"},"messageAttributes":{},"md5OfBody":"","eventSource":"aws:sqs",\
                "eventSourceARN":"arn:aws:sqs:ap-southeast-1:123456789012:vaxpass-dev-%s",\
                "awsRegion":"ap-southeast-1"}""".formatted(messageId, messageId, quoted(body), queue);
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
