package vn.vaxpass.server.renewal;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

import vn.vaxpass.renewal.RenewalPrecomputation;
import vn.vaxpass.renewal.RenewalSettings;
import vn.vaxpass.messaging.Gathering;

/**
 * The server's consumers receive {@code certificate-renewal-due} messages one at a time (the SQS connector hands each
 * copy of the channel one message); here they are handled together, as the triggers Lambda handles its SQS batch: up
 * to {@code vaxpass.renewal.consumer-batch} messages, or what came within {@value #LINGER_MS} ms of the first. One
 * batch costs a few round trips to PostgreSQL and SQS whatever its size.
 *
 * <p>A consumer goes on to its next message as soon as this one is taken in, so that a few copies of the channel keep
 * batches full; at most {@value #BATCHES_IN_FLIGHT} batches' worth of messages are taken in and not yet handled, and a
 * consumer waits for room beyond that (and the connector stops receiving).
 */
@ApplicationScoped
public class RenewalBatches {

    private static final Logger LOG = Logger.getLogger(RenewalBatches.class);

    /** How long a message waits for others to share its batch. */
    static final long LINGER_MS = 5;
    /** Batches handled at once: one waits on PostgreSQL or SQS while another computes. */
    static final int BATCHES_IN_FLIGHT = 4;

    private record Taken(String body, BiConsumer<RenewalPrecomputation.Result, Throwable> whenHandled) {
    }

    private final RenewalPrecomputation precomputation;
    private final RenewalSettings settings;
    private final Vertx vertx;

    private Gathering<Taken> gathering;
    private final Queue<CompletableFuture<Void>> waitingForRoom = new ArrayDeque<>();

    @Inject
    public RenewalBatches(RenewalPrecomputation precomputation, RenewalSettings settings, Vertx vertx) {
        this.precomputation = precomputation;
        this.settings = settings;
        this.vertx = vertx;
    }
    private int inFlight;

    @PostConstruct
    void start() {
        gathering = new Gathering<>(settings.consumerBatch(), LINGER_MS, vertx, this::handle);
    }

    /**
     * Takes the message in: completes once there is room for it; {@code whenHandled} gets its result, or the failure of
     * its whole batch, once its batch is handled.
     */
    public Uni<Void> submit(String body, BiConsumer<RenewalPrecomputation.Result, Throwable> whenHandled) {
        CompletableFuture<Void> room = new CompletableFuture<>();
        synchronized (this) {
            if (inFlight < settings.consumerBatch() * BATCHES_IN_FLIGHT) {
                inFlight++;
                room.complete(null);
            } else {
                waitingForRoom.add(room);
            }
        }
        return Uni.createFrom().completionStage(room).invoke(() -> gathering.add(new Taken(body, whenHandled)));
    }

    private void handle(List<Taken> batch) {
        precomputation.processAll(batch.stream().map(Taken::body).toList()).subscribe().with(results -> {
            for (int i = 0; i < batch.size(); i++) {
                done(batch.get(i), results.get(i), null);
            }
        }, failure -> batch.forEach(message -> done(message, null, failure)));
    }

    private void done(Taken message, RenewalPrecomputation.Result result, Throwable failure) {
        try {
            message.whenHandled().accept(result, failure);
        } catch (RuntimeException settling) {
            // One message's settling must not keep the others of its batch, or their room, from theirs.
            LOG.warnf("A renewal-due message could not be settled (%s); it comes back after its visibility timeout",
                    settling.getClass().getName());
        } finally {
            CompletableFuture<Void> next;
            synchronized (this) {
                next = waitingForRoom.poll();
                if (next == null) {
                    inFlight--;
                }
            }
            if (next != null) {
                // The handled message's room passes to the next consumer waiting.
                next.complete(null);
            }
        }
    }
}
