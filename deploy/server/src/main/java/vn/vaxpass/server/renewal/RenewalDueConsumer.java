package vn.vaxpass.server.renewal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.certificate.renewal.RenewalPrecomputation;
import vn.vaxpass.certificate.renewal.UnreadableRenewalMessageException;

/**
 * The one-process server's renewal consumer: consumes {@code certificate-renewal-due} (the embedded ElasticMQ, or a real
 * SQS) and hands every message to the same {@link RenewalPrecomputation} the triggers Lambda runs.
 *
 * <ul>
 *   <li>handled (renewed, blocked, already handled, subject gone): acknowledged (deleted from the queue);</li>
 *   <li>failed: not acknowledged, so the queue delivers it again once its visibility timeout has passed;</li>
 *   <li>not a renewal-due message this consumer can act on: acknowledged with a log line, since no retry can help it
 *       (AWS sends such a message to the dead-letter queue instead).</li>
 * </ul>
 * The stream of messages never ends on an error. Several copies of the channel consume at once
 * ({@code mp.messaging.incoming.renewal-due-in.concurrency}).
 */
@ApplicationScoped
public class RenewalDueConsumer {

    public static final String CHANNEL = "renewal-due-in";

    private static final Logger LOG = Logger.getLogger(RenewalDueConsumer.class);

    @Inject
    RenewalPrecomputation precomputation;

    @Incoming(CHANNEL)
    public Uni<Void> consume(Message<String> message) {
        return precomputation.process(message.getPayload())
                .onItemOrFailure().transformToUni((outcome, failure) -> {
                    if (failure == null || failure instanceof UnreadableRenewalMessageException) {
                        if (failure != null) {
                            LOG.errorf("Dropped a renewal-due message no consumer can act on: %s", failure.getMessage());
                        }
                        return Uni.createFrom().completionStage(message::ack);
                    }
                    StackTraceElement where = failure.getStackTrace().length > 0 ? failure.getStackTrace()[0] : null;
                    LOG.warnf("A renewal failed (%s at %s); the queue delivers it again", failure.getClass().getName(),
                            where);
                    return Uni.createFrom().completionStage(() -> message.nack(failure));
                })
                .onFailure().recoverWithItem(ackFailure -> {
                    LOG.warnf("A renewal-due message was not acknowledged (%s); it comes back and finds its renewal handled",
                            ackFailure.getClass().getName());
                    return null;
                });
    }
}
