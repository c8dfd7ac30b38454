package vn.vaxpass.functions.triggers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jboss.logging.Logger;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import vn.vaxpass.renewal.RenewalPrecomputation;
import vn.vaxpass.renewal.UnreadableRenewalMessageException;
import vn.vaxpass.shared.FailureSummary;

/**
 * {@code renewal-due}: the renewal consumer. Hands the SQS batch to the core's {@link RenewalPrecomputation} as one
 * batch (its reads, notifications and writes shared by all records) and answers with the records
 * that failed (partial batch response; the event source mapping has {@code ReportBatchItemFailures}), so SQS retries
 * only those and, after the queue's maximum receives, moves them to the dead-letter queue. A record handled twice
 * changes nothing and tells the citizen once.
 */
@Named(RenewalDueHandler.NAME)
@EndsProcessOnFatalError
public class RenewalDueHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    public static final String NAME = "renewal-due";

    private static final Logger LOG = Logger.getLogger(RenewalDueHandler.class);

    /** Leaves the Lambda time to answer for the other records (the function's timeout is 60 s). */
    private static final Duration BATCH_TIMEOUT = Duration.ofSeconds(45);

    private final RenewalPrecomputation precomputation;

    @Inject
    public RenewalDueHandler(RenewalPrecomputation precomputation) {
        this.precomputation = precomputation;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSEvent.SQSMessage> records = event.getRecords() == null ? List.of() : event.getRecords();
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<RenewalPrecomputation.Result> results;
        try {
            results = precomputation.processAll(records.stream().map(SQSEvent.SQSMessage::getBody).toList())
                    .await().atMost(BATCH_TIMEOUT);
        } catch (RuntimeException failure) {
            // The database (or the time limit) failed the batch: every record comes back.
            logFailure("of the batch", failure);
            records.forEach(record -> failures.add(new SQSBatchResponse.BatchItemFailure(record.getMessageId())));
            return new SQSBatchResponse(failures);
        }
        // In the batch's order, as SQS lists them.
        for (int i = 0; i < records.size(); i++) {
            RenewalPrecomputation.Result result = results.get(i);
            if (result.failed()) {
                logFailure(records.get(i).getMessageId(), result.failure());
                failures.add(new SQSBatchResponse.BatchItemFailure(records.get(i).getMessageId()));
            } else {
                LOG.debugf("Message %s: %s", records.get(i).getMessageId(), result.outcome());
            }
        }
        return new SQSBatchResponse(failures);
    }

    private static void logFailure(String messageId, Throwable failure) {
        if (failure instanceof UnreadableRenewalMessageException) {
            // Its message names ids only.
            LOG.errorf("Message %s cannot be processed: %s", messageId, failure.getMessage());
        } else {
            LOG.errorf("Message %s failed: %s", messageId, FailureSummary.of(failure));
        }
    }
}
