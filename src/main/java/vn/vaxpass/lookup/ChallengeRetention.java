package vn.vaxpass.lookup;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Keeps no challenge longer than it serves: a challenge links a lookup request to the subjects it named, so once
 * it has been expired for {@code vaxpass.lookup.challenge-retention} (a day) it is deleted. Run hourly by the
 * server and by the {@code lookup-retention} Lambda on a schedule.
 */
@ApplicationScoped
public class ChallengeRetention {

    private final ChallengeStore challenges;
    private final LookupSettings settings;
    private final Clock clock;

    @Inject
    public ChallengeRetention(ChallengeStore challenges, LookupSettings settings, Clock clock) {
        this.challenges = challenges;
        this.settings = settings;
        this.clock = clock;
    }

    /** Deletes what is past its retention; the number of challenges deleted. */
    public int purge() {
        return challenges.deleteExpiredBefore(clock.instant().minus(settings.challengeRetention())).await().indefinitely();
    }
}
