package vn.vaxpass.messaging;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntSupplier;

import io.smallrye.mutiny.Uni;

/**
 * One SQS queue that an adapter sends to in bulk ({@link SqsBatches#queue}): its name, its URL when configured, and
 * how many requests may be out at once. Each adapter holds one and keeps its own port.
 */
public final class BatchedQueue {

    private final SqsBatches sqs;
    private final String name;
    private final Optional<String> url;
    private final IntSupplier inFlight;

    BatchedQueue(SqsBatches sqs, String name, Optional<String> url, IntSupplier inFlight) {
        this.sqs = sqs;
        this.name = name;
        this.url = url;
        this.inFlight = inFlight;
    }

    /** Sends each message as its body; completes with, for each message in order, whether SQS accepted it. */
    public <T> Uni<boolean[]> sendAll(List<T> messages, Function<T, String> body) {
        return sqs.send(name, url, messages.stream().map(body).toList(), inFlight.getAsInt());
    }
}
