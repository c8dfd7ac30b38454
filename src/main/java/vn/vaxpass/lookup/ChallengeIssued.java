package vn.vaxpass.lookup;

import java.time.Instant;
import java.util.UUID;

/** The answer to every well-formed code request within its limits, whether or not anyone matched. */
public record ChallengeIssued(UUID challengeId, Instant expiresAt) {
}
