package vn.vaxpass.renewal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import vn.vaxpass.issuance.SignedCertificateStore;

/**
 * The daily renewal scan: finds the subjects whose current certificate window ends within the notice period
 * ({@link NoticePeriod}) and whose renewal for the next window has not been handled, and sends one
 * {@code certificate-renewal-due} message each ({@link RenewalDue}, ids only). PostgreSQL pre-filters the anchors by
 * month and day through an index, a page at a time; the exact window is decided here. Memory holds one page.
 *
 * <p>The scan writes nothing but the deletion of kept certificates ({@link SignedCertificateStore}) whose window
 * ended: a subject stays due until its message has been handled, so a message that was not sent,
 * or was lost, is sent again by the next day's scan, and one still queued is sent twice (the consumer is idempotent).
 */
@ApplicationScoped
public class RenewalScan {

    private static final Logger LOG = Logger.getLogger(RenewalScan.class);

    /** What a scan did: anchors read through the pre-filter, subjects found due, messages the queue accepted. */
    public record Counts(long anchorsRead, long due, long sent, long notSent) {
    }

    private final RenewalStore records;
    private final SignedCertificateStore signed;

    // Through Instance: applications with the core but no messaging connector must still start; only the scan sends.
    private final Instance<RenewalDueQueue> queue;
    private final RenewalSettings settings;
    private final Clock clock;

    @Inject
    public RenewalScan(RenewalStore records, SignedCertificateStore signed, Instance<RenewalDueQueue> queue,
            RenewalSettings settings, Clock clock) {
        this.records = records;
        this.signed = signed;
        this.queue = queue;
        this.settings = settings;
        this.clock = clock;
    }

    /** Blocking. */
    public Counts scan() {
        return scan(clock.instant());
    }

    /** As {@link #scan()}, as if it were {@code now}. */
    public Counts scan(Instant now) {
        if (!queue.isResolvable()) {
            throw new IllegalStateException("No RenewalDueQueue: this application has no certificate-renewal-due channel");
        }
        NoticePeriod period = NoticePeriod.of(now, settings.noticeDays());
        long read = 0;
        long due = 0;
        long sent = 0;
        for (NoticePeriod.MonthDayRange range : period.monthDayRanges()) {
            RenewalStore.Anchor after = new RenewalStore.Anchor(range.from(), "", Instant.EPOCH);
            List<RenewalStore.Anchor> page;
            do {
                page = records.anchors(after, range.to(), period.latestAnchor(), now, settings.scanPage())
                        .await().indefinitely();
                List<RenewalDue> messages = new ArrayList<>();
                for (RenewalStore.Anchor anchor : page) {
                    period.nextWindowStart(anchor.firstSignedAt())
                            .ifPresent(start -> messages.add(RenewalDue.of(anchor.subjectId(), start)));
                }
                read += page.size();
                due += messages.size();
                sent += send(messages);
                if (!page.isEmpty()) {
                    after = page.get(page.size() - 1);
                }
            } while (page.size() == settings.scanPage());
        }
        Counts counts = new Counts(read, due, sent, due - sent);
        LOG.infof("Renewal scan: %d anchors read, %d subjects due, %d messages sent, %d not sent (sent again tomorrow)",
                counts.anchorsRead(), counts.due(), counts.sent(), counts.notSent());
        // The same daily pass forgets the kept signatures of windows that ended: their HC1 carries personal data.
        int ended = signed.deleteEnded(now).await().indefinitely();
        LOG.infof("Renewal scan: %d kept certificates of ended windows deleted", ended);
        return counts;
    }

    private long send(List<RenewalDue> messages) {
        if (messages.isEmpty()) {
            return 0;
        }
        int sent = queue.get().sendAll(messages)
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Renewal-due messages not sent (%s)", failure.getClass().getName());
                    return 0;
                })
                .await().indefinitely();
        if (sent < messages.size()) {
            LOG.warnf("%d of %d renewal-due messages were not sent; the next scan sends them", messages.size() - sent,
                    messages.size());
        }
        return sent;
    }
}
