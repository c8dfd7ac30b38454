package vn.vaxpass.functions.triggers;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import vn.vaxpass.matching.jobs.StaleChunkSweep;

/**
 * {@code match-resume}: on an EventBridge schedule, sends again the chunks of registry-match jobs that are not done
 * although their message went out long ago ({@link StaleChunkSweep}): what a crash between writing a job and sending
 * its messages, or a message lost to the dead-letter queue, left behind; a chunk sent
 * {@code vaxpass.match-jobs.max-attempts} times is given up instead (it and its job FAILED). The event's content is
 * not used.
 */
@Named(MatchResumeHandler.NAME)
@EndsProcessOnFatalError
public class MatchResumeHandler implements RequestHandler<Map<String, Object>, Map<String, Integer>> {

    public static final String NAME = "match-resume";

    private final StaleChunkSweep sweep;

    @Inject
    public MatchResumeHandler(StaleChunkSweep sweep) {
        this.sweep = sweep;
    }

    @Override
    public Map<String, Integer> handleRequest(Map<String, Object> scheduledEvent, Context context) {
        return Map.of("resent", sweep.resendStale());
    }
}
