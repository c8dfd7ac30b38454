package vn.vaxpass.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.aws.sqs.SqsAckHandler;
import io.smallrye.reactive.messaging.aws.sqs.SqsConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.aws.sqs.SqsMessage;
import io.vertx.mutiny.core.Vertx;

import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;

/**
 * The SQS connector's acknowledgement {@value #STRATEGY} ({@code mp.messaging.incoming.NAME.ack-strategy}): deletes the
 * messages acknowledged, ten per {@code DeleteMessageBatch} request instead of one {@code DeleteMessage} each. An
 * acknowledgement waits until ten are pending or {@value #LINGER_MS} ms have passed since the first. A message SQS did
 * not delete fails its acknowledgement; it comes back after its visibility timeout, and the consumer must be
 * idempotent, as for any SQS delivery.
 */
public class DeleteInBatchesAckHandler implements SqsAckHandler {

    public static final String STRATEGY = "delete-in-batches";

    /** How long an acknowledgement waits for others to share its request. */
    static final long LINGER_MS = 5;

    @ApplicationScoped
    @Identifier(STRATEGY)
    public static class Factory implements SqsAckHandler.Factory {

        @Override
        public SqsAckHandler create(SqsConnectorIncomingConfiguration conf, Vertx vertx, SqsAsyncClient client,
                Uni<String> queueUrlUni, BiConsumer<Throwable, Boolean> reportFailure) {
            return new DeleteInBatchesAckHandler(vertx, client, queueUrlUni);
        }
    }

    private record Pending(String receiptHandle, CompletableFuture<Void> deleted) {
    }

    private final SqsAsyncClient client;
    private final Uni<String> queueUrl;
    private final Gathering<Pending> pending;

    DeleteInBatchesAckHandler(Vertx vertx, SqsAsyncClient client, Uni<String> queueUrl) {
        this.client = client;
        this.queueUrl = queueUrl.memoize().indefinitely();
        this.pending = new Gathering<>(SqsBatches.MAX_ENTRIES, LINGER_MS, vertx, this::delete);
    }

    @Override
    public Uni<Void> handle(SqsMessage<?> message) {
        Pending ack = new Pending(message.getMessage().receiptHandle(), new CompletableFuture<>());
        pending.add(ack);
        return Uni.createFrom().completionStage(ack.deleted());
    }

    private void delete(List<Pending> acks) {
        List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>(acks.size());
        for (int i = 0; i < acks.size(); i++) {
            entries.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(i))
                    .receiptHandle(acks.get(i).receiptHandle()).build());
        }
        queueUrl.chain(url -> Uni.createFrom().completionStage(
                () -> client.deleteMessageBatch(b -> b.queueUrl(url).entries(entries))))
                .subscribe().with(response -> {
                    response.successful().forEach(entry -> acks.get(Integer.parseInt(entry.id())).deleted().complete(null));
                    response.failed().forEach(entry -> acks.get(Integer.parseInt(entry.id())).deleted()
                            .completeExceptionally(new IllegalStateException("SQS did not delete the message: "
                                    + entry.code())));
                }, failure -> acks.forEach(ack -> ack.deleted().completeExceptionally(failure)));
    }
}
