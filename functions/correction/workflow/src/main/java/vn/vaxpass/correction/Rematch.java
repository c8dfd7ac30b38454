package vn.vaxpass.correction;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.matching.BatchMatcher;
import vn.vaxpass.matching.MatchOutcome;
import vn.vaxpass.matching.MatchRun;
import vn.vaxpass.matching.MatchStatus;
import vn.vaxpass.subject.StoredSubject;

/**
 * Re-matches corrected subjects at once, recording the results as any check does, so that the verification list, the
 * next clean-up list and the certificate path see the new state without waiting for a batch job.
 */
@ApplicationScoped
public class Rematch {

    private static final String VERIFY_ITEMS = "UPDATE correction_item SET state = 'VERIFIED', version = version + 1"
            + " WHERE id = ANY($1) AND state = 'APPLIED'";

    private final BatchMatcher matcher;
    private final Pool pool;
    private final Clock clock;

    @Inject
    public Rematch(BatchMatcher matcher, Pool pool, Clock clock) {
        this.matcher = matcher;
        this.pool = pool;
        this.clock = clock;
    }

    /** Re-matches the subjects of these applied items and marks VERIFIED those the registry now agrees with. */
    public Uni<Integer> items(List<Long> itemIds, Map<Long, StoredSubject> subjectOfItem) {
        if (itemIds.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<StoredSubject> subjects = itemIds.stream().map(subjectOfItem::get).toList();
        return subjects(subjects).chain(outcomes -> {
            List<Long> verified = new ArrayList<>();
            for (int i = 0; i < itemIds.size(); i++) {
                if (outcomes.get(i).status() == MatchStatus.VERIFIED) {
                    verified.add(itemIds.get(i));
                }
            }
            return pool.preparedQuery(VERIFY_ITEMS).execute(Tuple.of(verified.toArray(Long[]::new)))
                    .replaceWith(verified.size());
        });
    }

    /** Re-matches these subjects and records the results; the outcomes in the subjects' order. */
    public Uni<List<MatchOutcome>> subjects(List<StoredSubject> subjects) {
        return matcher.matchAndRecord(subjects, MatchRun.withoutJob(clock.instant()));
    }
}
