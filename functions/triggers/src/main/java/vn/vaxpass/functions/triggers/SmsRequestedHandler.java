package vn.vaxpass.functions.triggers;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jboss.logging.Logger;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import vn.vaxpass.shared.FailureSummary;
import vn.vaxpass.sms.RequestedTexts;
import vn.vaxpass.sms.SmsDelivery;
import vn.vaxpass.sms.UnreadableTextMessageException;

/**
 * {@code sms-requested}: texts each one-time code and renewal outcome through Amazon SNS, once per message id
 * ({@link SmsDelivery}), and answers with the records that were not sent (partial batch response), so SQS delivers
 * only those again and, after the queue's maximum receives, moves them to the dead-letter queue; an unreadable record
 * goes there too. A text past its expiry is acknowledged unsent.
 */
@Named(SmsRequestedHandler.NAME)
@EndsProcessOnFatalError
public class SmsRequestedHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    public static final String NAME = "sms-requested";

    private static final Logger LOG = Logger.getLogger(SmsRequestedHandler.class);

    private final SmsDelivery delivery;

    @Inject
    public SmsRequestedHandler(SmsDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage record : event.getRecords() == null ? List.<SQSEvent.SQSMessage>of() : event.getRecords()) {
            try {
                SmsDelivery.Outcome outcome = delivery.deliver(RequestedTexts.read(record.getBody()));
                LOG.debugf("Message %s: %s", record.getMessageId(), outcome);
            } catch (UnreadableTextMessageException unreadable) {
                LOG.errorf("Message %s cannot be sent: %s", record.getMessageId(), unreadable.getMessage());
                failures.add(new SQSBatchResponse.BatchItemFailure(record.getMessageId()));
            } catch (RuntimeException failure) {
                LOG.warnf("Message %s was not sent: %s", record.getMessageId(), FailureSummary.of(failure));
                failures.add(new SQSBatchResponse.BatchItemFailure(record.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }
}
