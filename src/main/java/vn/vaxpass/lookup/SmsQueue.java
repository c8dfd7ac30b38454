package vn.vaxpass.lookup;

import java.util.List;

import io.smallrye.mutiny.Uni;

/**
 * Where {@code sms-requested} messages go (the lookup's codes, the renewals' texts): the SQS queue the SMS worker reads in AWS, an embedded ElasticMQ queue in
 * the one-process server. Implemented next to the messaging connector, so that applications with the core but
 * without the connector still start; only requesting a code needs one.
 */
public interface SmsQueue {

    /** Completes once the queue has accepted the message. */
    Uni<Void> send(SmsRequested message);

    /**
     * Sends the messages; completes with, for each in order, whether the queue accepted it. One at a time here; a
     * queue client that batches does better.
     */
    default Uni<boolean[]> sendAll(List<SmsRequested> messages) {
        if (messages.isEmpty()) {
            return Uni.createFrom().item(new boolean[0]);
        }
        List<Uni<Boolean>> sent = messages.stream().map(message -> send(message).map(done -> true)
                .onFailure().recoverWithItem(false)).toList();
        return Uni.join().all(sent).andFailFast().map(accepted -> {
            boolean[] each = new boolean[accepted.size()];
            for (int i = 0; i < each.length; i++) {
                each[i] = accepted.get(i);
            }
            return each;
        });
    }
}
