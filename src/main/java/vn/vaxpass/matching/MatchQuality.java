package vn.vaxpass.matching;

/**
 * How a matching run compares with the truth: the contract's quality bar is 0 false VERIFIED, status
 * accuracy ≥ 99%, suggestion recall ≥ 90% (subjects with wrong data whose person is in the registry),
 * and precision ≥ 99.5% for suggestions at confidence ≥ 0.9.
 */
public final class MatchQuality {

    public static final double BULK_CONFIDENCE = 0.9;

    private long subjects;
    private long correctStatus;
    private long falseVerified;
    private long wrongWithPersonInRegistry;
    private long rightSuggestions;
    private long confidentSuggestions;
    private long rightConfidentSuggestions;

    /** Adds one subject: the expected status and true person (null if not in the registry), and the outcome. */
    public void add(MatchStatus expected, String trueIdNumber, MatchOutcome outcome) {
        subjects++;
        if (outcome.status() == expected) {
            correctStatus++;
        }
        if (outcome.status() == MatchStatus.VERIFIED && expected != MatchStatus.VERIFIED) {
            falseVerified++;
        }
        boolean right = trueIdNumber != null && trueIdNumber.equals(outcome.suggestedIdNumber());
        if (expected != MatchStatus.VERIFIED && trueIdNumber != null) {
            wrongWithPersonInRegistry++;
            if (right) {
                rightSuggestions++;
            }
        }
        if (outcome.confidence() != null && outcome.confidence() >= BULK_CONFIDENCE) {
            confidentSuggestions++;
            if (right) {
                rightConfidentSuggestions++;
            }
        }
    }

    public long subjects() {
        return subjects;
    }

    public long falseVerified() {
        return falseVerified;
    }

    public double statusAccuracy() {
        return ratio(correctStatus, subjects);
    }

    public double suggestionRecall() {
        return ratio(rightSuggestions, wrongWithPersonInRegistry);
    }

    public double confidentPrecision() {
        return ratio(rightConfidentSuggestions, confidentSuggestions);
    }

    /** Share of subjects with wrong data (person in the registry) that get a confident, right suggestion. */
    public double bulkConfirmable() {
        return ratio(rightConfidentSuggestions, wrongWithPersonInRegistry);
    }

    public long confidentSuggestions() {
        return confidentSuggestions;
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "subjects=%d falseVerified=%d statusAccuracy=%.4f suggestionRecall=%.4f precisionAt0.9=%.4f (%d suggestions) bulkConfirmable=%.4f",
                subjects, falseVerified, statusAccuracy(), suggestionRecall(), confidentPrecision(), confidentSuggestions,
                bulkConfirmable());
    }
}
