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

import vn.vaxpass.matching.jobs.ChunkProcessor;
import vn.vaxpass.matching.jobs.UnreadableMessageException;
import vn.vaxpass.shared.FailureSummary;

/**
 * {@code match-chunks}: the registry-match worker. Matches the chunk each SQS record names through the core's
 * {@link ChunkProcessor} and answers with the records that failed (partial batch response; the event source mapping
 * has {@code ReportBatchItemFailures}), so SQS retries only those and, after the queue's maximum receives, moves them
 * to the dead-letter queue. A record processed twice changes nothing.
 */
@Named(MatchChunksHandler.NAME)
@EndsProcessOnFatalError
public class MatchChunksHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    public static final String NAME = "match-chunks";

    private static final Logger LOG = Logger.getLogger(MatchChunksHandler.class);

    /** Leaves the Lambda time to answer for the other records when one chunk hangs (the function's timeout is 300 s). */
    private static final Duration CHUNK_TIMEOUT = Duration.ofSeconds(120);

    private final ChunkProcessor processor;

    @Inject
    public MatchChunksHandler(ChunkProcessor processor) {
        this.processor = processor;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<SQSEvent.SQSMessage> records = event.getRecords() == null ? List.of() : event.getRecords();
        for (SQSEvent.SQSMessage record : records) {
            try {
                ChunkProcessor.Outcome outcome = processor.process(record.getBody()).await().atMost(CHUNK_TIMEOUT);
                LOG.debugf("Message %s: %s", record.getMessageId(), outcome);
            } catch (UnreadableMessageException e) {
                // Its message names ids only.
                LOG.errorf("Message %s cannot be processed: %s", record.getMessageId(), e.getMessage());
                failures.add(new SQSBatchResponse.BatchItemFailure(record.getMessageId()));
            } catch (RuntimeException e) {
                LOG.errorf("Message %s failed: %s", record.getMessageId(), FailureSummary.of(e));
                failures.add(new SQSBatchResponse.BatchItemFailure(record.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }
}
