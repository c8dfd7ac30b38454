package vn.vaxpass.functions.triggers;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import vn.vaxpass.lookup.ChallengeRetention;

/**
 * {@code lookup-retention}: on an hourly EventBridge schedule, deletes the lookup challenges past
 * {@code vaxpass.lookup.challenge-retention} ({@link ChallengeRetention}). Answers with how many went.
 */
@Named(LookupRetentionHandler.NAME)
@EndsProcessOnFatalError
public class LookupRetentionHandler implements RequestHandler<Map<String, Object>, Map<String, Integer>> {

    public static final String NAME = "lookup-retention";

    private final ChallengeRetention retention;

    @Inject
    public LookupRetentionHandler(ChallengeRetention retention) {
        this.retention = retention;
    }

    @Override
    public Map<String, Integer> handleRequest(Map<String, Object> scheduledEvent, Context context) {
        return Map.of("challengesDeleted", retention.purge());
    }
}
