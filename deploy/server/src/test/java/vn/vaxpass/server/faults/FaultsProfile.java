package vn.vaxpass.server.faults;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The fault tests' one extra start of the server: its database behind a {@link TcpProxy} ({@link FaultyDatabase}), the
 * chunk queue with a dead-letter queue as in serve and AWS ({@link ChunkQueueWithDeadLetters}), the import seam
 * ({@link SubjectImportThenCrash}), and the stale-chunk sweep in seconds instead of minutes. The timing rule of
 * docs/messages.md holds in miniature: resend-after (3 s) ≥ one receive × the chunk visibility timeout (1 s) + a margin.
 */
public class FaultsProfile implements QuarkusTestProfile {

    /** How long a chunk's message stays unanswered before the sweep sends it again. */
    static final int RESEND_AFTER_SECONDS = 3;
    /** Sends of a chunk (the first included) before it is given up: the default, as in production. */
    static final int MAX_ATTEMPTS = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "vaxpass.match-jobs.sweep-every", "1s",
                "vaxpass.match-jobs.resend-after", "PT" + RESEND_AFTER_SECONDS + "S",
                "vaxpass.match-jobs.max-attempts", Integer.toString(MAX_ATTEMPTS),
                "mp.messaging.incoming.match-chunks-in.visibility-timeout", "1");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FaultyDatabase.class), new TestResourceEntry(ChunkQueueWithDeadLetters.class));
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(SubjectImportThenCrash.class);
    }
}
