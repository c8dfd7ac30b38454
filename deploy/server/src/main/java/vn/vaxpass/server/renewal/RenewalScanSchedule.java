package vn.vaxpass.server.renewal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

import vn.vaxpass.renewal.RenewalScan;

/**
 * Runs the renewal scan on {@code vaxpass.renewal.scan-cron} (Quartz cron, Vietnam time; by default daily at 02:00),
 * as the {@code renewal-scan} schedule does in AWS. Never twice at once.
 */
@ApplicationScoped
public class RenewalScanSchedule {

    private final RenewalScan scan;

    @Inject
    public RenewalScanSchedule(RenewalScan scan) {
        this.scan = scan;
    }

    @Scheduled(cron = "${vaxpass.renewal.scan-cron:0 0 2 * * ?}", timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan() {
        scan.scan();
    }
}
