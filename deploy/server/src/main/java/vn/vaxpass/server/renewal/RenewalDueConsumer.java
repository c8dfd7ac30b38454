package vn.vaxpass.server.renewal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.renewal.RenewalPrecomputation;
import vn.vaxpass.renewal.UnreadableRenewalMessageException;
import vn.vaxpass.shared.FailureSummary;

/**
 * The one-process server's renewal consumer: consumes {@code certificate-renewal-due} (the embedded ElasticMQ, or a real
 * SQS) and hands every message to the same {@link RenewalPrecomputation} the triggers Lambda runs, in batches.
 *
 * <ul>
 *   <li>handled (renewed, blocked, already handled, subject gone): acknowledged (deleted from the queue);</li>
 *   <li>failed: not acknowledged, so the queue delivers it again once its visibility timeout has passed;</li>
 *   <li>not a renewal-due message this consumer can act on: acknowledged with a log line, since no retry can help it
 *       (AWS sends such a message to the dead-letter queue instead).</li>
 * </ul>
 * The stream of messages never ends on an error. A few copies of the channel consume at once
 * ({@code mp.messaging.incoming.renewal-due-in.concurrency}); their messages are handled in batches
 * ({@link RenewalBatches}) and deleted in batches ({@code ack-strategy=delete-in-batches}).
 */
@ApplicationScoped
public class RenewalDueConsumer {

    public static final String CHANNEL = "renewal-due-in";

    private static final Logger LOG = Logger.getLogger(RenewalDueConsumer.class);

    private final RenewalBatches batches;

    @Inject
    public RenewalDueConsumer(RenewalBatches batches) {
        this.batches = batches;
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(Message<String> message) {
        return batches.submit(message.getPayload(), (result, failure) -> settle(message, result, failure));
    }

    private static void settle(Message<String> message, RenewalPrecomputation.Result result, Throwable batchFailure) {
        Throwable failure = batchFailure != null ? batchFailure : result.failure();
        Uni<Void> settled;
        if (failure == null || failure instanceof UnreadableRenewalMessageException) {
            if (failure != null) {
                LOG.errorf("Dropped a renewal-due message no consumer can act on: %s", failure.getMessage());
            }
            settled = Uni.createFrom().completionStage(message::ack);
        } else {
            LOG.warnf("A renewal failed (%s); the queue delivers it again", FailureSummary.of(failure));
            settled = Uni.createFrom().completionStage(() -> message.nack(failure));
        }
        settled.subscribe().with(done -> {
        }, ackFailure -> LOG.warnf("A renewal-due message was not acknowledged (%s); it comes back and finds its renewal"
                + " handled", ackFailure.getClass().getName()));
    }
}
