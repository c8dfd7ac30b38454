package vn.vaxpass.correction;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.subject.StoredSubject;
import vn.vaxpass.subject.SubjectStore;

/**
 * A subject's record and audit trail as the workflow shows them: the station reads the record (with its version, for
 * an edit's If-Match); station, police and ministry read the audit trail. Anyone else is told nothing exists.
 */
@ApplicationScoped
public class SubjectRecords {

    private final SubjectStore subjects;
    private final AuditTrail audit;

    @Inject
    public SubjectRecords(SubjectStore subjects, AuditTrail audit) {
        this.subjects = subjects;
        this.audit = audit;
    }

    public Uni<StoredSubject> read(Actor actor, String subjectId) {
        return reachable(actor, subjectId, Action.EDIT_SUBJECT);
    }

    public Uni<List<AuditEntry>> audit(Actor actor, String subjectId) {
        return reachable(actor, subjectId, Action.READ_AUDIT).chain(subject -> audit.of(subjectId));
    }

    private Uni<StoredSubject> reachable(Actor actor, String subjectId, Action action) {
        return subjects.withIds(List.of(subjectId)).map(found -> {
            if (found.isEmpty()) {
                throw CorrectionProblem.notFound("người");
            }
            StoredSubject subject = found.get(0);
            actor.as(action, subject.data().communeCode(), subject.provinceCode(), "người");
            return subject;
        });
    }
}
