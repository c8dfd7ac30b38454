package vn.vaxpass.correction;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.subject.SubjectStore;
import vn.vaxpass.vaccination.CommuneStore;

/**
 * Looks up what an outcome points at, before the proposal's transaction: the subject kept by a DUPLICATE_OF (422
 * UNKNOWN_SUBJECT when nobody registered it) and its current commune; the commune of a MOVED_AWAY (422
 * UNKNOWN_COMMUNE when the directory does not have it), as it is today (an old code is read as the commune it was
 * merged into).
 */
@ApplicationScoped
public class OutcomeTargets {

    /** vaccination_subject.subject_id's width: a longer id is no subject's. */
    static final int MAX_SUBJECT_ID_LENGTH = 64;

    private final SubjectStore subjects;
    private final CommuneStore communes;

    @Inject
    public OutcomeTargets(SubjectStore subjects, CommuneStore communes) {
        this.subjects = subjects;
        this.communes = communes;
    }

    /** The target of this outcome, or {@link OutcomeTarget#NONE}; fails with the refusal it gets. */
    public Uni<OutcomeTarget> lookUp(Outcome outcome, String duplicateOf, String movedTo) {
        OutcomeTarget.requireFits(outcome, duplicateOf, movedTo);
        if (outcome == Outcome.DUPLICATE_OF) {
            String kept = duplicateOf.strip();
            if (kept.length() > MAX_SUBJECT_ID_LENGTH) {
                // No subject has such an id: not looked up.
                return Uni.createFrom().failure(unknownSubject());
            }
            return subjects.withIds(List.of(kept)).chain(found -> {
                if (found.isEmpty()) {
                    throw unknownSubject();
                }
                String recorded = found.get(0).data().communeCode();
                return communes.standingOf(recorded).map(standing -> new OutcomeTarget(kept,
                        standing.filter(CommuneStore.Standing::merged).map(CommuneStore.Standing::currentCode)
                                .orElse(recorded), null));
            });
        }
        if (outcome == Outcome.MOVED_AWAY && !OutcomeTarget.isBlank(movedTo)) {
            String code = movedTo.strip();
            if (code.length() > ListCreation.MAX_COMMUNE_CODE_LENGTH) {
                return Uni.createFrom().failure(unknownCommune());
            }
            return communes.standingOf(code).map(standing -> {
                if (standing.isEmpty()) {
                    throw unknownCommune();
                }
                return new OutcomeTarget(null, null, standing.get().merged() ? standing.get().currentCode() : code);
            });
        }
        return Uni.createFrom().item(OutcomeTarget.NONE);
    }

    private static CorrectionProblem unknownSubject() {
        return OutcomeTarget.invalid(OutcomeTarget.DUPLICATE_OF_FIELD, OutcomeTarget.UNKNOWN_SUBJECT, "Không có đối"
                + " tượng nào mang mã này. / No subject has this id.");
    }

    private static CorrectionProblem unknownCommune() {
        return OutcomeTarget.invalid(OutcomeTarget.MOVED_TO_FIELD, OutcomeTarget.UNKNOWN_COMMUNE, "Mã xã chuyển đến"
                + " không có trong danh mục xã. / The commune moved to is not in the commune directory.");
    }
}
