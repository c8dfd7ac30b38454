package vn.vaxpass.renewal;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/**
 * The core's tests' renewal queues: keep what was sent so a test can deliver it (or deliver it twice), and can accept
 * no notification, as an unreachable SQS does. The SQS queues themselves are tested in functions/messaging, through
 * the triggers handlers and in deploy/server.
 */
final class RecordingRenewalQueues {

    private RecordingRenewalQueues() {
    }

    @ApplicationScoped
    public static class Due implements RenewalDueQueue {

        private final List<RenewalDue> sent = new ArrayList<>();

        @Override
        public synchronized Uni<Integer> sendAll(List<RenewalDue> messages) {
            sent.addAll(messages);
            return Uni.createFrom().item(messages.size());
        }

        /** The messages sent since the last call, and forgets them. */
        public synchronized List<RenewalDue> take() {
            List<RenewalDue> taken = List.copyOf(sent);
            sent.clear();
            return taken;
        }
    }

    @ApplicationScoped
    public static class Notifications implements CitizenNotificationQueue {

        private final List<CitizenNotification> sent = new ArrayList<>();
        private boolean unreachable;

        @Override
        public synchronized Uni<boolean[]> sendAll(List<CitizenNotification> notifications) {
            boolean[] accepted = new boolean[notifications.size()];
            if (!unreachable) {
                sent.addAll(notifications);
                java.util.Arrays.fill(accepted, true);
            }
            return Uni.createFrom().item(accepted);
        }

        public synchronized List<CitizenNotification> take() {
            List<CitizenNotification> taken = List.copyOf(sent);
            sent.clear();
            return taken;
        }

        public synchronized void unreachable(boolean value) {
            unreachable = value;
        }
    }
}
