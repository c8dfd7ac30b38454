package vn.vaxpass.lookup;

import java.util.List;

/**
 * How one try of a code ended: accepted (with the subjects the challenge shows), incorrect (with the tries left), or
 * refused because the challenge is unknown, used, expired or out of tries. A challenge that matched nobody only
 * ever answers incorrect, then out of tries or expired, exactly like a real one tried with wrong codes.
 */
public record ChallengeAnswer(Outcome outcome, List<String> subjectIds, int triesLeft) {

    public enum Outcome {
        ACCEPTED,
        INCORRECT,
        UNKNOWN,
        ALREADY_USED,
        EXPIRED,
        TRIES_EXHAUSTED
    }

    public ChallengeAnswer {
        subjectIds = List.copyOf(subjectIds);
    }

    static ChallengeAnswer accepted(List<String> subjectIds) {
        return new ChallengeAnswer(Outcome.ACCEPTED, subjectIds, 0);
    }

    static ChallengeAnswer incorrect(int triesLeft) {
        return new ChallengeAnswer(Outcome.INCORRECT, List.of(), triesLeft);
    }

    static ChallengeAnswer of(Outcome refusal) {
        return new ChallengeAnswer(refusal, List.of(), 0);
    }
}
