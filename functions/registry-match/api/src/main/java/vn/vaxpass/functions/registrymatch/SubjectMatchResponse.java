package vn.vaxpass.functions.registrymatch;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

import vn.vaxpass.matching.FieldExplanation;
import vn.vaxpass.matching.MatchExplanation;
import vn.vaxpass.matching.MatchField;

/** The registry-match result of one subject, with its reasons field by field. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubjectMatchResponse(String subjectId, String status, List<String> mismatchedFields,
        String suggestedIdNumber, Double confidence, String explanation, String comparedWith,
        List<FieldExplanation> fields) {

    static SubjectMatchResponse of(String subjectId, MatchExplanation explained) {
        var outcome = explained.outcome();
        return new SubjectMatchResponse(subjectId, outcome.status().name(),
                outcome.mismatchedFields().stream().sorted().map(MatchField::code).toList(),
                outcome.suggestedIdNumber(), outcome.confidence(), outcome.explanation(),
                explained.comparedWith().name(), explained.fields());
    }
}
