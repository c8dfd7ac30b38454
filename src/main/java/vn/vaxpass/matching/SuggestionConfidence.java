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
 * below were set on synthetic data with known truth (docs/performance.md, "Matching quality"): the evidence
 * of the number (the same number, a repaired one, one a slip away, or none) and how many fields agree,
 * and whether another person would fit as well.
 */
final class SuggestionConfidence {

    /** Agreement (0–3) at which personal data is "the same person, entered with slips". */
    static final double STRONG = 2.6;
    static final double ALL_EXACT = 3.0;
    static final double WEAK = 1.8;

    /**
     * Best score first; among equal scores the better agreement of the personal data (a twin's number on a record
     * does not outweigh the record's own name, date of birth and gender), then the stronger evidence of the number,
     * then the lower ID number. Without the last two, which of two equally good people is suggested would depend on
     * the order the registry returned them in, and the PostgreSQL mirror returns them in no fixed order.
     */
    private static final Comparator<Candidate> RANKING = Comparator.comparingDouble(SuggestionConfidence::score).reversed()
            .thenComparing(Comparator.comparingDouble(Candidate::agreement).reversed())
            .thenComparing(Candidate::evidence)
            .thenComparing(candidate -> candidate.person().idNumber());

    /**
     * For a person of the subject's commune with two fields exact and one slip, found without the number: the
     * commune's people born that year were all compared, its twins among them, and none came as close.
     */
    static final double COMMUNE_COMPARED = 0.92;

    /** Confidence short of bulk confirmation, for a person whose twin the data cannot rule out. */
    static final double TWIN_CEILING = 0.85;

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
        if (confidence >= MatchQuality.BULK_CONFIDENCE && TwinsPolicy.hasIndistinguishableTwin(best, ranked)) {
            confidence = TWIN_CEILING;
        }
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

    /**
     * The number and the name as written name the same person and one other field slipped; or the number, date of
     * birth and gender do and the name lacks a word; or the number names someone of nearly the subject's name (a
     * slip) and one of date of birth and gender slipped too.
     */
    private static boolean oneSlipBesideTheNumber(Candidate best) {
        int otherFieldsExact = (best.dateOfBirth() == Agreement.EXACT ? 1 : 0) + (best.sameGender() ? 1 : 0);
        return switch (best.name()) {
            case EXACT -> best.agreement() >= 2.0;
            case CLOSE -> best.evidence() == Evidence.SAME_NUMBER && otherFieldsExact >= 1;
            case PARTIAL -> otherFieldsExact == 2;
            case NONE -> false;
        };
    }

    /**
     * Two of name, date of birth and gender exactly as registered, the third off by a slip: a name short of a word or
     * a few letters, a date with day and month swapped or only its year, the other gender.
     */
    private static boolean twoExactAndOneSlip(Candidate candidate) {
        int exact = (candidate.name() == Agreement.EXACT ? 1 : 0) + (candidate.dateOfBirth() == Agreement.EXACT ? 1 : 0)
                + (candidate.sameGender() ? 1 : 0);
        return exact == 2 && candidate.name().atLeast(Agreement.PARTIAL) && candidate.dateOfBirth().atLeast(Agreement.CLOSE);
    }

    private static boolean bothOtherFieldsExact(Candidate candidate) {
        return candidate.dateOfBirth() == Agreement.EXACT && candidate.sameGender();
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
            return best.sameCommune() && twoExactAndOneSlip(best) ? COMMUNE_COMPARED : best.sameCommune() ? 0.85 : 0.7;
        }
        if (best.sameCommune() && twoExactAndOneSlip(best)) {
            return COMMUNE_COMPARED;
        }
        if (byNumber && oneSlipBesideTheNumber(best)) {
            return 0.95;
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
