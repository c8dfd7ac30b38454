package vn.vaxpass.functions.correction;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

import vn.vaxpass.correction.CorrectionItem;
import vn.vaxpass.correction.WorkRole;
import vn.vaxpass.registry.IdNumberMask;
import vn.vaxpass.subject.StoredSubject;

/**
 * One item as a caller sees it: the subject as recorded, why it is listed, the suggested registry person (its ID
 * number masked for health roles: first three and last two digits), the proposal, the decision, and the version an
 * If-Match names. An outcome names what it points at: the subject a duplicate duplicates ({@code duplicateOf}), the
 * commune moved to ({@code movedTo}); an item of source MOVED_IN carries the other commune's note.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@RegisterForReflection
public record ItemResponse(long id, String subjectId, Values subject, Integer subjectVersion, String source,
        String problem, String mismatchedFields, Suggestion suggestion, String village, String state,
        Values proposal, String outcome, String duplicateOf, String movedTo, String note,
        Values decision, String rejectionReason, Instant decidedAt, Instant appliedAt, int version) {

    /** Personal data: as recorded, proposed or decided. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @RegisterForReflection
    public record Values(String fullName, String dateOfBirth, String gender, String idNumber) {
    }

    /** The registry person the matcher suggests, and how sure it is (calibrated). */
    @RegisterForReflection
    public record Suggestion(String idNumber, BigDecimal confidence, boolean masked) {
    }

    static ItemResponse of(CorrectionItem item, StoredSubject subject, WorkRole role) {
        Values recorded = subject == null ? null : new Values(subject.data().fullName(), subject.data().dateOfBirth(),
                subject.data().gender(), subject.data().idNumber());
        Suggestion suggestion = item.suggestedIdNumber == null ? null
                : role.seesIdNumbersWhole() ? new Suggestion(item.suggestedIdNumber, item.confidence, false)
                : new Suggestion(IdNumberMask.mask(item.suggestedIdNumber), item.confidence, true);
        Values proposal = item.proposedValues().map(v -> new Values(v.fullName(), v.dateOfBirth(), v.gender(),
                v.idNumber())).orElse(null);
        Values decision = item.decidedValues().map(v -> new Values(v.fullName(), v.dateOfBirth(), v.gender(),
                v.idNumber())).orElse(null);
        return new ItemResponse(item.id, item.subjectId, recorded, item.subjectVersion, item.source.name(),
                item.problem, item.mismatchedFields, suggestion, item.village, item.state.name(), proposal,
                item.outcome == null ? null : item.outcome.name(), item.duplicateOf, item.movedToCommune,
                item.note, decision, item.rejectionReason,
                item.decidedAt, item.appliedAt, item.version);
    }
}
