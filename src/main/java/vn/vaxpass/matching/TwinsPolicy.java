package vn.vaxpass.matching;

import java.util.List;

import vn.vaxpass.matching.SubjectMatcher.Candidate;
import vn.vaxpass.matching.SubjectMatcher.Evidence;
import vn.vaxpass.registry.RegistryEntry;

/**
 * A rule of the domain: never confident of the wrong twin. Twins are two registry people of one household (same
 * commune), born the same day, with a family name in common; when the data cannot tell which one a record is,
 * {@link SuggestionConfidence} keeps the suggestion below bulk confirmation.
 */
final class TwinsPolicy {

    private TwinsPolicy() {
    }

    /**
     * Twins share family name, birth date and household; only the given name tells them apart. A suggestion is
     * sure of one twin only when the subject's name is theirs (as written or by a slip) and nothing like the other's,
     * and the subject's number is not the other's: a twin's number on a record and the other twin's name on it are
     * equally likely mistakes.
     */
    static boolean hasIndistinguishableTwin(Candidate best, List<Candidate> candidates) {
        for (Candidate other : candidates) {
            if (other != best && isTwin(best.person(), other.person())
                    && (!best.name().atLeast(Agreement.CLOSE) || other.name() != Agreement.NONE || carriesTheNumber(other))) {
                return true;
            }
        }
        return false;
    }

    private static boolean carriesTheNumber(Candidate candidate) {
        return candidate.evidence() == Evidence.SAME_NUMBER || candidate.evidence() == Evidence.REPAIRED_NUMBER;
    }

    private static boolean isTwin(RegistryEntry a, RegistryEntry b) {
        return a.dateOfBirth() != null && a.dateOfBirth().equals(b.dateOfBirth())
                && a.communeCode() != null && a.communeCode().equals(b.communeCode())
                && sharesAWord(a.asciiKey(), b.asciiKey());
    }

    /** A family name in common: the first word of a Vietnamese name, the last of a minority one. */
    private static boolean sharesAWord(String a, String b) {
        int aFirst = a.indexOf(' ');
        int bFirst = b.indexOf(' ');
        if (aFirst < 0 || bFirst < 0) {
            return a.equals(b);
        }
        return a.substring(0, aFirst).equals(b.substring(0, bFirst))
                || a.substring(a.lastIndexOf(' ') + 1).equals(b.substring(b.lastIndexOf(' ') + 1));
    }
}
