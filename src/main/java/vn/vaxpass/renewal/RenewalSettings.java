package vn.vaxpass.renewal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code vaxpass.renewal.*}: how far ahead renewal looks, and how the scan reads and sends. */
@ConfigMapping(prefix = "vaxpass.renewal")
public interface RenewalSettings {

    /**
     * A subject is due when its current certificate's window ends within this many days: the citizen is told this
     * long ahead, and the next window's certificate is ready before the current one expires.
     */
    @WithDefault("30")
    int noticeDays();

    /**
     * When {@code deploy/vaxpass serve} runs the scan: a Quartz cron expression in Vietnam time (daily at 02:00), or
     * {@code off}. In AWS the {@code renewal-scan} schedule says when (Terraform).
     */
    @WithDefault("0 0 2 * * ?")
    String scanCron();

    /** Anchors read per round trip of the scan; memory stays bounded by one page whatever the population. */
    @WithDefault("2000")
    int scanPage();

    /** Send requests (ten messages each) in flight at once, for the scan's and the renewals' messages. */
    @WithDefault("64")
    int sendConcurrency();

    /**
     * The most {@code certificate-renewal-due} messages handled as one batch by a consumer that receives them one at a
     * time (the one-process server's); a Lambda handles the batch SQS gives it.
     */
    @WithDefault("32")
    int consumerBatch();
}
