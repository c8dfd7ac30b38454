package vn.vaxpass.correction;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.matching.MatchOutcome;
import vn.vaxpass.registry.RegistryQuota;
import vn.vaxpass.subject.StoredSubject;
import vn.vaxpass.subject.SubjectStore;
import vn.vaxpass.vaccination.CommuneStore;

/**
 * The station corrects wrong personal data directly, on the version of the record it read (If-Match): a reason is
 * required, the change is audited (source EDIT) in the same transaction, and the subject is re-matched at once. A
 * record someone else changed meanwhile is refused (409 STALE_VERSION), nothing written. Each edit counts against the
 * caller's daily registry quota ({@link RegistryQuota}), as a check does.
 */
@ApplicationScoped
public class DirectEdit {

    /** An edit without the reason the audit trail keeps. */
    public static final String REASON_REQUIRED = "REASON_REQUIRED";

    private final Pool pool;
    private final SubjectStore subjects;
    private final Rematch rematch;
    private final RegistryQuota quota;
    private final Clock clock;
    private final CommuneStore communes;

    @Inject
    public DirectEdit(Pool pool, SubjectStore subjects, Rematch rematch, RegistryQuota quota, Clock clock,
            CommuneStore communes) {
        this.communes = communes;
        this.pool = pool;
        this.subjects = subjects;
        this.rematch = rematch;
        this.quota = quota;
        this.clock = clock;
    }

    /** The subject after the edit (unchanged when it held these values already), and its new check. */
    public record Edited(StoredSubject subject, boolean changed, MatchOutcome check) {
    }

    public Uni<Edited> edit(Actor actor, String subjectId, int expectedVersion, SubjectValues values, String reason) {
        SubjectValues checked = (values == null ? SubjectValues.none() : values).checked().orThrow();
        if (checked.isEmpty()) {
            throw CorrectionProblem.badRequest(ItemWork.PROPOSAL_EMPTY, "Hãy ghi giá trị cần sửa. / Give the values to"
                    + " correct.");
        }
        if (reason == null || reason.isBlank()) {
            throw CorrectionProblem.badRequest(REASON_REQUIRED, "Hãy ghi lý do sửa. / Give the reason for the edit.");
        }
        Instant now = clock.instant();
        // An edit is re-matched at once, so it counts against the caller's registry quota as a check does: edits are
        // no way round it. Who may edit is asked first, so that a refused caller (404 for another commune's subject)
        // writes nothing, not even a check of its own quota (found by the server's access matrix); the transaction
        // asks again under the row's lock, where the subject may have moved meanwhile.
        return subjects.withIds(List.of(subjectId)).chain(found -> mayEdit(actor, found)
                .chain(reached -> quota.take(actor.account(), 1).replaceWith(reached)))
                .chain(reached -> pool.withTransaction(connection -> SubjectStore.withIdsForUpdate(connection,
                        List.of(subjectId)).chain(found -> {
                    StoredSubject subject = sameCommune(found, reached);
                    if (subject.version() != expectedVersion) {
                        throw CorrectionProblem.stale(subject.version());
                    }
                    return SubjectStore.correct(connection, List.of(new SubjectStore.Correction(
                            checked.applyTo(subject.data()), expectedVersion))).chain(corrected -> {
                                if (corrected.isEmpty()) {
                                    return Uni.createFrom().item(new Changed(subject, false));
                                }
                                SubjectStore.Corrected change = corrected.get(0);
                                return AuditTrail.append(connection, List.of(new AuditEntry(now, actor.account(),
                                        WorkRole.STATION, subjectId, AuditSource.EDIT, null, null, change.before(),
                                        change.after().data(), reason.strip())))
                                        .replaceWith(new Changed(change.after(), true));
                            });
                }))
                // A refused edit (no such subject, not the caller's, a stale version) wrote nothing and checked
                // nothing: its check is given back, as a refused upload's are.
                .onFailure().call(() -> quota.giveBack(actor.account(), 1))
                .chain(changed -> rematch.subjects(List.of(changed.subject()))
                        .map(outcomes -> new Edited(changed.subject(), changed.changed(), outcomes.get(0)))));
    }

    /**
     * The subject found, if the caller may edit it: 404 for none or one outside the caller's communes (as they are
     * today: an old code recorded is read as the commune it was merged into).
     */
    private Uni<StoredSubject> mayEdit(Actor actor, List<StoredSubject> found) {
        if (found.isEmpty()) {
            throw CorrectionProblem.notFound("người");
        }
        StoredSubject subject = found.get(0);
        return SubjectRecords.asToday(communes, actor, Action.EDIT_SUBJECT, subject).replaceWith(subject);
    }

    /** The subject locked, if it is still recorded in the commune the caller was found to reach: 404 otherwise. */
    private static StoredSubject sameCommune(List<StoredSubject> found, StoredSubject reached) {
        if (found.isEmpty() || !found.get(0).data().communeCode().equals(reached.data().communeCode())) {
            throw CorrectionProblem.notFound("người");
        }
        return found.get(0);
    }

    private record Changed(StoredSubject subject, boolean changed) {
    }
}
