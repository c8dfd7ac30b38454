package vn.vaxpass.matching;

import java.util.List;

/**
 * A match result with its reasons, field by field.
 *
 * @param outcome    the result, exactly as a batch run records it
 * @param comparedWith whom the personal data was compared with: the registry person holding the entered number, the
 *                   suggested person, or nobody
 * @param fields     ID number, name, date of birth, gender, in that order
 */
public record MatchExplanation(MatchOutcome outcome, ComparedWith comparedWith, List<FieldExplanation> fields) {

    public enum ComparedWith {
        NUMBER_HOLDER, SUGGESTED_PERSON, NOBODY
    }
}
