package vn.vaxpass.correction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

import vn.vaxpass.confirmation.DoseStore;
import vn.vaxpass.subject.StoredSubject;
import vn.vaxpass.subject.SubjectMerges;
import vn.vaxpass.subject.SubjectStore;

/**
 * Applies confirmed DUPLICATE_OF outcomes, in the apply's transaction and through the stores that own the tables:
 * the duplicate's doses move to the subject kept ({@link DoseStore#move}), the duplicate is recorded as merged
 * ({@link SubjectMerges}: no dose, so no certificate from then on; the certificates served from its doses are revoked,
 * their dose no longer being their subject's), both subjects get an audit entry (source POLICE), and the item closes.
 * The subjects kept are re-matched after the transaction, as corrected ones are.
 *
 * <p>A merge is left alone, its item still CONFIRMED for the station to sort out ({@link #plan}), when either subject is
 * gone or merged already, when the subject kept is itself a duplicate in the same hand-back, when another duplicate
 * of the list merges into the same subject first, or when both hold a dose of the same number (which one is right is
 * a facility's question, not the merge's).
 */
@ApplicationScoped
public class Merging {

    /**
     * What the merges did.
     *
     * @param closedItems the items of the duplicates merged
     * @param leftAlone   the items whose merge was left alone
     * @param kept        the subjects kept, to re-match
     */
    public record Merged(List<Long> closedItems, List<Long> leftAlone, List<StoredSubject> kept) {

        static Merged none() {
            return new Merged(List.of(), List.of(), List.of());
        }
    }

    /** Which merges may go ahead, before the doses are compared: the rest of the items are left alone. */
    record Plan(List<Applying.DecidedItem> merging, List<Long> leftAlone) {
    }

    /**
     * The merges that may go ahead: both subjects stored, neither merged already, the subject kept not a duplicate of
     * this hand-back, and one duplicate per subject kept (in item order).
     */
    static Plan plan(List<Applying.DecidedItem> duplicates, Set<String> stored, Set<String> mergedAlready) {
        Set<String> duplicated = duplicates.stream().map(Applying.DecidedItem::subjectId).collect(Collectors.toSet());
        Set<String> keptOnce = new HashSet<>();
        List<Applying.DecidedItem> merging = new ArrayList<>();
        List<Long> leftAlone = new ArrayList<>();
        for (Applying.DecidedItem item : duplicates) {
            String kept = item.duplicateOf();
            boolean fine = kept != null && stored.contains(item.subjectId()) && stored.contains(kept)
                    && !mergedAlready.contains(item.subjectId()) && !mergedAlready.contains(kept)
                    && !duplicated.contains(kept) && keptOnce.add(kept);
            if (fine) {
                merging.add(item);
            } else {
                leftAlone.add(item.id());
            }
        }
        return new Plan(merging, leftAlone);
    }

    public Uni<Merged> merge(SqlConnection connection, Actor actor, UUID listId,
            List<Applying.DecidedItem> duplicates, Instant now) {
        if (duplicates.isEmpty()) {
            return Uni.createFrom().item(Merged.none());
        }
        List<String> ids = duplicates.stream().flatMap(item -> Stream.of(item.subjectId(), item.duplicateOf()))
                .filter(id -> id != null).distinct().toList();
        return SubjectStore.withIdsForUpdate(connection, ids).chain(subjects -> SubjectMerges.mergedAmong(connection, ids)
                .chain(mergedAlready -> {
                    Map<String, StoredSubject> byId = subjects.stream()
                            .collect(Collectors.toMap(StoredSubject::subjectId, Function.identity()));
                    Plan plan = plan(duplicates, byId.keySet(), Set.copyOf(mergedAlready));
                    List<DoseStore.Move> moves = plan.merging().stream()
                            .map(item -> new DoseStore.Move(item.subjectId(), item.duplicateOf())).toList();
                    return DoseStore.clashes(connection, moves).chain(clashing -> {
                        List<Long> leftAlone = new ArrayList<>(plan.leftAlone());
                        List<Applying.DecidedItem> going = new ArrayList<>();
                        for (Applying.DecidedItem item : plan.merging()) {
                            if (clashing.contains(item.subjectId())) {
                                leftAlone.add(item.id());
                            } else {
                                going.add(item);
                            }
                        }
                        return write(connection, actor, listId, going, byId, now)
                                .replaceWith(new Merged(going.stream().map(Applying.DecidedItem::id).toList(),
                                        List.copyOf(leftAlone), going.stream()
                                                .map(item -> byId.get(item.duplicateOf())).distinct().toList()));
                    });
                }));
    }

    private static Uni<Void> write(SqlConnection connection, Actor actor, UUID listId,
            List<Applying.DecidedItem> going, Map<String, StoredSubject> byId, Instant now) {
        List<DoseStore.Move> moves = going.stream()
                .map(item -> new DoseStore.Move(item.subjectId(), item.duplicateOf())).toList();
        List<SubjectMerges.Merge> merges = going.stream().map(item -> new SubjectMerges.Merge(item.subjectId(),
                item.duplicateOf(), listId, item.id())).toList();
        List<AuditEntry> entries = new ArrayList<>();
        for (Applying.DecidedItem item : going) {
            StoredSubject duplicate = byId.get(item.subjectId());
            StoredSubject kept = byId.get(item.duplicateOf());
            entries.add(new AuditEntry(now, actor.account(), WorkRole.STATION, duplicate.subjectId(),
                    AuditSource.POLICE, listId, item.id(), duplicate.data(), duplicate.data(), "Trùng với đối tượng "
                            + kept.subjectId() + ": đã gộp, các mũi tiêm chuyển sang đối tượng đó. / Duplicate of "
                            + kept.subjectId() + ": merged, its doses moved there."));
            entries.add(new AuditEntry(now, actor.account(), WorkRole.STATION, kept.subjectId(), AuditSource.POLICE,
                    listId, item.id(), kept.data(), kept.data(), "Đối tượng " + duplicate.subjectId() + " trùng với"
                            + " đối tượng này: đã gộp, các mũi tiêm của đối tượng đó chuyển sang đây. / "
                            + duplicate.subjectId() + " duplicated this subject: merged, its doses moved here."));
        }
        return DoseStore.move(connection, moves)
                .chain(() -> SubjectMerges.record(connection, merges, now))
                .chain(() -> AuditTrail.append(connection, entries));
    }
}
