package vn.vaxpass.correction;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.subject.StoredSubject;
import vn.vaxpass.subject.SubjectStore;
import vn.vaxpass.vaccination.CommuneStore;

/**
 * A subject's record and audit trail as the workflow shows them: the station reads the record (with its version, for
 * an edit's If-Match); station, police and ministry read the audit trail. Anyone else is told nothing exists.
 */
@ApplicationScoped
public class SubjectRecords {

    private final SubjectStore subjects;
    private final AuditTrail audit;
    private final CommuneStore communes;

    @Inject
    public SubjectRecords(SubjectStore subjects, AuditTrail audit, CommuneStore communes) {
        this.subjects = subjects;
        this.audit = audit;
        this.communes = communes;
    }

    public Uni<StoredSubject> read(Actor actor, String subjectId) {
        return reachable(actor, subjectId, Action.EDIT_SUBJECT);
    }

    public Uni<List<AuditEntry>> audit(Actor actor, String subjectId) {
        return reachable(actor, subjectId, Action.READ_AUDIT).chain(subject -> audit.of(subjectId));
    }

    private Uni<StoredSubject> reachable(Actor actor, String subjectId, Action action) {
        return subjects.withIds(List.of(subjectId)).chain(found -> {
            if (found.isEmpty()) {
                throw CorrectionProblem.notFound("người");
            }
            StoredSubject subject = found.get(0);
            return asToday(communes, actor, action, subject).replaceWith(subject);
        });
    }

    /**
     * Ends with 404 unless the caller plays a part for this action in the subject's commune as it is today: a subject
     * recorded with an old commune code is the current commune's (tokens name today's communes).
     */
    static Uni<Actor.Part> asToday(CommuneStore communes, Actor actor, Action action, StoredSubject subject) {
        return communes.currentOf(subject.data().communeCode()).map(current -> current
                .map(today -> actor.as(action, today.communeCode(), today.provinceCode(), "người"))
                .orElseGet(() -> actor.as(action, subject.data().communeCode(), subject.provinceCode(), "người")));
    }
}
