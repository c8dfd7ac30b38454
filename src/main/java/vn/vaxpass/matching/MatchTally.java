package vn.vaxpass.matching;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How many subjects a run matched, by status. Not thread-safe: one run adds from one thread. */
public final class MatchTally {

    private final EnumMap<MatchStatus, Long> byStatus = new EnumMap<>(MatchStatus.class);
    private long subjects;

    public MatchTally() {
        for (MatchStatus status : MatchStatus.values()) {
            byStatus.put(status, 0L);
        }
    }

    public void add(MatchOutcome outcome) {
        subjects++;
        byStatus.merge(outcome.status(), 1L, Long::sum);
    }

    public void addAll(List<MatchOutcome> outcomes) {
        outcomes.forEach(this::add);
    }

    public long subjects() {
        return subjects;
    }

    public Map<MatchStatus, Long> byStatus() {
        return Collections.unmodifiableMap(byStatus);
    }
}
