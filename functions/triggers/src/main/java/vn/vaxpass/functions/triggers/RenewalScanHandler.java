package vn.vaxpass.functions.triggers;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import vn.vaxpass.renewal.RenewalScan;

/**
 * {@code renewal-scan}: on a daily EventBridge schedule, sends one {@code certificate-renewal-due} message per subject
 * whose certificate window ends within {@code vaxpass.renewal.notice-days} ({@link RenewalScan}). The event's content
 * is not used: the scan runs at the function's clock. Answers with the scan's counts.
 */
@Named(RenewalScanHandler.NAME)
@EndsProcessOnFatalError
public class RenewalScanHandler implements RequestHandler<Map<String, Object>, Map<String, Long>> {

    public static final String NAME = "renewal-scan";

    private final RenewalScan scan;

    @Inject
    public RenewalScanHandler(RenewalScan scan) {
        this.scan = scan;
    }

    @Override
    public Map<String, Long> handleRequest(Map<String, Object> scheduledEvent, Context context) {
        RenewalScan.Counts counts = scan.scan();
        Map<String, Long> answer = new LinkedHashMap<>();
        answer.put("anchorsRead", counts.anchorsRead());
        answer.put("due", counts.due());
        answer.put("sent", counts.sent());
        answer.put("notSent", counts.notSent());
        return answer;
    }
}
