package vn.vaxpass.server.lookup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

import vn.vaxpass.lookup.ChallengeRetention;

/** Deletes the lookup challenges past their retention, every {@code vaxpass.lookup-retention-every} (1 hour). */
@ApplicationScoped
public class ChallengeRetentionSchedule {

    private final ChallengeRetention retention;

    @Inject
    public ChallengeRetentionSchedule(ChallengeRetention retention) {
        this.retention = retention;
    }

    @Scheduled(every = "${vaxpass.lookup-retention-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        retention.purge();
    }
}
