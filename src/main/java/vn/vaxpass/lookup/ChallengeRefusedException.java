package vn.vaxpass.lookup;

/** A code that was not accepted: wrong, or tried on a challenge that is unknown, used, expired or out of tries. */
public class ChallengeRefusedException extends RuntimeException {

    private final ChallengeAnswer answer;

    public ChallengeRefusedException(ChallengeAnswer answer) {
        super(answer.outcome().name(), null, false, false);
        this.answer = answer;
    }

    public ChallengeAnswer.Outcome outcome() {
        return answer.outcome();
    }

    /** For a wrong code: how many more tries the challenge accepts. */
    public int triesLeft() {
        return answer.triesLeft();
    }
}
