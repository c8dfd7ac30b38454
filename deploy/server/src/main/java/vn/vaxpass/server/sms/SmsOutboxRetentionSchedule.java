package vn.vaxpass.server.sms;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

/** Deletes outbox texts older than a day, every {@code vaxpass.lookup-retention-every} (1 hour), with the challenges. */
@ApplicationScoped
public class SmsOutboxRetentionSchedule {

    /** As long as a lookup challenge is kept after it expired: the outbox answers the same questions. */
    static final Duration RETENTION = Duration.ofDays(1);

    private final SmsOutboxStore outbox;
    private final Clock clock;

    @Inject
    public SmsOutboxRetentionSchedule(SmsOutboxStore outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(every = "${vaxpass.lookup-retention-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        outbox.deleteBefore(clock.instant().minus(RETENTION)).await().indefinitely();
    }
}
