package vn.vaxpass.server.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

import vn.vaxpass.matching.jobs.StaleChunkSweep;

/** Sends chunks that should have been done by now again, every {@code vaxpass.match-jobs.sweep-every} (1 minute). */
@ApplicationScoped
public class StaleChunkSchedule {

    private final StaleChunkSweep sweep;

    @Inject
    public StaleChunkSchedule(StaleChunkSweep sweep) {
        this.sweep = sweep;
    }

    @Scheduled(every = "${vaxpass.match-jobs.sweep-every:60s}", delayed = "${vaxpass.match-jobs.sweep-every:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void resendStale() {
        sweep.resendStale();
    }
}
