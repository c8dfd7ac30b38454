package vn.vaxpass.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.vaxpass.matching.SubjectMatcher.Candidate;
import vn.vaxpass.matching.SubjectMatcher.Evidence;
import vn.vaxpass.matching.SubjectMatcher.Suggestion;

/**
 * Chooses the registry person to suggest and says how sure: a suggestion at 0.9 or more must be right at
 * least 99.5% of the time, so a commune police officer can confirm such suggestions in bulk. The levels
 * below were set on synthetic data with known truth (see the README's matching figures): the evidence
 * of the number (the same number, a repaired one, one a slip away, or none) and how many fields agree,
 * and whether another person would fit as well.
 */
final class SuggestionConfidence {

    /** Agreement (0–3) at which personal data is "the same person, entered with slips". */
    static final double STRONG = 2.6;
    static final double ALL_EXACT = 3.0;
    static final double WEAK = 1.8;

    /**
     * Best score first; among equal scores the stronger evidence of the number, then the lower ID number. Without
     * the last two, which of two equally good people is suggested would depend on the order the registry returned
     * them in, and the PostgreSQL mirror returns them in no fixed order.
     */
    private static final Comparator<Candidate> RANKING = Comparator.comparingDouble(SuggestionConfidence::score).reversed()
            .thenComparing(Candidate::evidence)
            .thenComparing(candidate -> candidate.person().idNumber());

    private SuggestionConfidence() {
    }

    static Suggestion choose(Candidate numberCandidate, List<Candidate> searched) {
        Map<String, Candidate> byPerson = new LinkedHashMap<>();
        if (numberCandidate != null) {
            byPerson.put(numberCandidate.person().idNumber(), numberCandidate);
        }
        for (Candidate candidate : searched) {
            byPerson.putIfAbsent(candidate.person().idNumber(), candidate);
        }
        if (byPerson.isEmpty()) {
            return null;
        }
        List<Candidate> ranked = new ArrayList<>(byPerson.values());
        ranked.sort(RANKING);
        Candidate best = ranked.get(0);
        Candidate runnerUp = ranked.size() > 1 ? ranked.get(1) : null;
        boolean unique = runnerUp == null || runnerUp.agreement() < STRONG
                || score(best) - score(runnerUp) >= 1.0;
        double confidence = confidence(best, unique);
        return confidence <= 0 ? null : new Suggestion(best.person().idNumber(), confidence);
    }

    /** Ranking: agreement of the personal data, plus what the number and the commune add. */
    static double score(Candidate candidate) {
        double numberBonus = switch (candidate.evidence()) {
            case SAME_NUMBER, REPAIRED_NUMBER -> 1.0;
            case NEIGHBOUR_NUMBER -> 0.7;
            case NAME_AND_YEAR, COMMUNE_AND_YEAR -> 0.0;
        };
        return candidate.agreement() + numberBonus + (candidate.sameCommune() ? 0.3 : 0.0);
    }

    static double confidence(Candidate best, boolean unique) {
        double agreement = best.agreement();
        boolean byNumber = best.evidence() == Evidence.SAME_NUMBER || best.evidence() == Evidence.REPAIRED_NUMBER;
        boolean byNeighbour = best.evidence() == Evidence.NEIGHBOUR_NUMBER;
        if (!unique) {
            return agreement >= STRONG ? 0.5 : 0.0;
        }
        if (agreement >= ALL_EXACT) {
            if (byNumber) {
                return 0.99;
            }
            if (byNeighbour) {
                return 0.97;
            }
            return best.sameCommune() ? 0.95 : 0.9;
        }
        if (agreement >= STRONG) {
            if (byNumber) {
                return 0.97;
            }
            if (byNeighbour) {
                return 0.92;
            }
            return best.sameCommune() ? 0.85 : 0.7;
        }
        if (agreement >= 2.0 && byNumber) {
            return 0.8;
        }
        if (agreement >= WEAK) {
            return 0.5;
        }
        return 0.0;
    }
}
