package vn.vaxpass.correction;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import io.quarkus.runtime.annotations.RegisterForReflection;

import vn.vaxpass.subject.StoredSubject;
import vn.vaxpass.subject.SubjectDeaths;
import vn.vaxpass.subject.SubjectStore;

/**
 * The station applies a hand-back: in one transaction, each CONFIRMED or CORRECTED item's values are written onto its
 * subject (a new version, which revokes the certificates served for the old one), each with an audit entry (source
 * POLICE); confirmed outcomes close their items (a death is recorded: no certificate from then on; a duplicate is
 * merged into the subject it duplicates, see {@link Merging}; a move closes the item here, and the commune moved to
 * lists the subject next, see {@link ListCreation}); a subject that moved in (MOVED_IN) is registered in this
 * commune; the list is APPLIED. Then the changed subjects are re-matched at once
 * ({@link Rematch}) and the items whose subject now agrees with the registry are VERIFIED. Applying the same hand-back
 * twice changes nothing.
 *
 * <p>Set-based SQL on the reactive client, not entities: the subject writes must share the transaction with the item
 * and list updates, and 600 corrections are a handful of statements this way. Item and list versions are bumped as
 * Hibernate would, so an entity read before the apply fails its optimistic check.
 */
@ApplicationScoped
public class Applying {

    private static final String LIST = "SELECT commune_code, province_code, state FROM correction_list WHERE id = $1"
            + " FOR UPDATE";
    private static final String DECIDED_ITEMS = """
            SELECT id, subject_id, subject_version, state, outcome, source, proposed_full_name, proposed_date_of_birth,
                   proposed_gender, proposed_id_number, decided_full_name, decided_date_of_birth, decided_gender,
                   decided_id_number, duplicate_of
              FROM correction_item WHERE list_id = $1 AND state IN ('CONFIRMED', 'CORRECTED') ORDER BY id""";
    private static final String MARK_ITEMS = "UPDATE correction_item SET state = $2, applied_at = $3,"
            + " version = version + 1 WHERE id = ANY($1)";
    private static final String MARK_LIST = "UPDATE correction_list SET state = 'APPLIED', applied_at = $2,"
            + " version = version + 1 WHERE id = $1";
    private static final String MARK_HAND_BACK = "UPDATE correction_hand_back SET applied_at = $2,"
            + " version = version + 1 WHERE list_id = $1";
    private static final String RESOLVE_REPORTS = "UPDATE citizen_report SET state = 'RESOLVED', version = version + 1"
            + " WHERE item_id = ANY($1) AND state = 'LISTED'";

    /**
     * What an apply did.
     *
     * @param alreadyApplied the list had been applied before: nothing changed now
     * @param changed        subjects whose personal data changed
     * @param unchanged      items applied whose subject already held the values
     * @param closed         items closed by a confirmed outcome
     * @param subjectChanged items left alone because their subject was changed (edited) after it was listed
     * @param verified       items whose subject the re-match found VERIFIED
     * @param merged         duplicates merged into the subject they duplicate (their items among {@code closed})
     * @param notMerged      DUPLICATE_OF items left alone (still CONFIRMED): see {@link Merging}
     * @param movedIn        subjects registered in this commune, having moved in
     */
    @RegisterForReflection
    public record Result(boolean alreadyApplied, int changed, int unchanged, int closed, List<Long> subjectChanged,
            int verified, int merged, List<Long> notMerged, int movedIn) {

        static Result already() {
            return new Result(true, 0, 0, 0, List.of(), 0, 0, List.of(), 0);
        }

        Result withVerified(int count) {
            return new Result(alreadyApplied, changed, unchanged, closed, subjectChanged, count, merged, notMerged,
                    movedIn);
        }
    }

    record DecidedItem(long id, String subjectId, int subjectVersion, ItemState state, Outcome outcome,
            ItemSource source, SubjectValues values, String duplicateOf) {
    }

    /** The list being applied: its id and the commune (and province) it is of. */
    record ListOf(UUID id, String communeCode, String provinceCode) {
    }

    private final Pool pool;
    private final Rematch rematch;
    private final Merging merging;
    private final Clock clock;

    @Inject
    public Applying(Pool pool, Rematch rematch, Merging merging, Clock clock) {
        this.pool = pool;
        this.rematch = rematch;
        this.merging = merging;
        this.clock = clock;
    }

    public Uni<Result> apply(Actor actor, UUID listId) {
        Instant now = clock.instant();
        return pool.withTransaction(connection -> connection.preparedQuery(LIST).execute(Tuple.of(listId))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        throw CorrectionProblem.notFound("danh sách");
                    }
                    Row list = rows.iterator().next();
                    actor.as(Action.APPLY, list.getString(0), list.getString(1), "danh sách");
                    ListState state = ListState.valueOf(list.getString(2));
                    if (state == ListState.APPLIED) {
                        return Uni.createFrom().item(new Applied(Result.already(), List.of(), Map.of(), List.of()));
                    }
                    if (state != ListState.HANDED_BACK) {
                        throw CorrectionProblem.illegal("cập nhật", state, "apply a list the police have not signed");
                    }
                    ListOf of = new ListOf(listId, list.getString(0), list.getString(1));
                    return decidedItems(connection, listId).chain(items -> write(connection, actor, of, items, now));
                }))
                .chain(applied -> rematch.subjects(applied.kept()).chain(() -> rematch.items(applied.toVerify(),
                        applied.subjects())).map(verified -> applied.result().withVerified(verified)));
    }

    /** What the transaction wrote, the items to re-match with their subjects, and the subjects merges kept. */
    private record Applied(Result result, List<Long> toVerify, Map<Long, StoredSubject> subjects,
            List<StoredSubject> kept) {
    }

    private Uni<Applied> write(SqlConnection connection, Actor actor, ListOf of, List<DecidedItem> items,
            Instant now) {
        UUID listId = of.id();
        List<DecidedItem> corrections = items.stream().filter(item -> item.outcome() == null).toList();
        List<DecidedItem> duplicates = items.stream().filter(item -> item.outcome() == Outcome.DUPLICATE_OF).toList();
        List<Long> closing = new ArrayList<>(items.stream().filter(item -> item.outcome() != null
                && item.outcome().closesItem() && item.outcome() != Outcome.DUPLICATE_OF).map(DecidedItem::id).toList());
        List<Long> notFound = items.stream().filter(item -> item.outcome() == Outcome.NOT_FOUND)
                .map(DecidedItem::id).toList();
        List<SubjectDeaths.Death> deaths = items.stream().filter(item -> item.outcome() == Outcome.DECEASED)
                .map(item -> new SubjectDeaths.Death(item.subjectId(), listId, item.id())).toList();
        return SubjectStore.withIdsForUpdate(connection, corrections.stream().map(DecidedItem::subjectId).toList())
                .chain(subjects -> {
                    Map<String, StoredSubject> byId = subjects.stream()
                            .collect(Collectors.toMap(StoredSubject::subjectId, Function.identity()));
                    List<DecidedItem> current = new ArrayList<>();
                    List<Long> stale = new ArrayList<>();
                    for (DecidedItem item : corrections) {
                        StoredSubject subject = byId.get(item.subjectId());
                        if (subject == null || subject.version() != item.subjectVersion()) {
                            stale.add(item.id());
                        } else {
                            current.add(item);
                        }
                    }
                    List<SubjectStore.Correction> writes = current.stream().map(item -> new SubjectStore.Correction(
                            item.values().applyTo(byId.get(item.subjectId()).data()), item.subjectVersion())).toList();
                    return SubjectStore.correct(connection, writes).chain(corrected -> {
                        Map<String, DecidedItem> itemOf = new HashMap<>();
                        current.forEach(item -> itemOf.put(item.subjectId(), item));
                        List<AuditEntry> entries = corrected.stream().map(c -> new AuditEntry(now, actor.account(),
                                WorkRole.STATION, c.after().subjectId(), AuditSource.POLICE, listId,
                                itemOf.get(c.after().subjectId()).id(), c.before(), c.after().data(),
                                null)).toList();
                        Map<Long, StoredSubject> after = new HashMap<>();
                        current.forEach(item -> after.put(item.id(), byId.get(item.subjectId())));
                        corrected.forEach(c -> after.put(itemOf.get(c.after().subjectId()).id(), c.after()));
                        List<DecidedItem> arriving = current.stream()
                                .filter(item -> item.source() == ItemSource.MOVED_IN).toList();
                        return AuditTrail.append(connection, entries)
                                .chain(() -> arrive(connection, actor, of, arriving, after, now))
                                .chain(movedIn -> merging.merge(connection, actor, listId, duplicates, now)
                                        .chain(merged -> finish(connection, listId, now, current, corrected.size(),
                                                closing, merged, notFound, deaths, stale, movedIn, after)));
                    });
                });
    }

    /**
     * Registers the subjects that moved in (MOVED_IN items applied with values) in this commune, each a new version
     * audited (source POLICE) with the commune it came from as the reason.
     */
    private static Uni<Integer> arrive(SqlConnection connection, Actor actor, ListOf of, List<DecidedItem> arriving,
            Map<Long, StoredSubject> after, Instant now) {
        if (arriving.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        Map<String, Long> itemOf = new HashMap<>();
        arriving.forEach(item -> itemOf.put(item.subjectId(), item.id()));
        List<SubjectStore.Relocation> relocations = arriving.stream().map(item -> new SubjectStore.Relocation(
                item.subjectId(), after.get(item.id()).version(), of.communeCode(), of.provinceCode())).toList();
        return SubjectStore.moveTo(connection, relocations).chain(moved -> {
            List<AuditEntry> entries = moved.stream().map(m -> new AuditEntry(now, actor.account(), WorkRole.STATION,
                    m.after().subjectId(), AuditSource.POLICE, of.id(), itemOf.get(m.after().subjectId()), m.before(),
                    m.after().data(), "Chuyển đến xã " + of.communeCode() + " từ xã " + m.before().communeCode()
                            + ". / Moved in from commune " + m.before().communeCode() + ".")).toList();
            moved.forEach(m -> after.put(itemOf.get(m.after().subjectId()), m.after()));
            return AuditTrail.append(connection, entries).replaceWith(moved.size());
        });
    }

    private Uni<Applied> finish(SqlConnection connection, UUID listId, Instant now, List<DecidedItem> current,
            int changed, List<Long> closing, Merging.Merged merged, List<Long> notFound,
            List<SubjectDeaths.Death> deaths, List<Long> stale, int movedIn, Map<Long, StoredSubject> after) {
        closing.addAll(merged.closedItems());
        List<Long> applied = new ArrayList<>(current.stream().map(DecidedItem::id).toList());
        applied.addAll(notFound);
        List<Long> resolved = new ArrayList<>(applied);
        resolved.addAll(closing);
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        Result result = new Result(false, changed, current.size() - changed,
                closing.size(), List.copyOf(stale), 0, merged.closedItems().size(),
                merged.leftAlone(), movedIn);
        return SubjectDeaths.record(connection, deaths, now)
                .chain(() -> mark(connection, applied, ItemState.APPLIED, at))
                .chain(() -> mark(connection, closing, ItemState.CLOSED, at))
                .chain(() -> connection.preparedQuery(MARK_LIST).execute(Tuple.of(listId, at)))
                .chain(() -> connection.preparedQuery(MARK_HAND_BACK).execute(Tuple.of(listId, at)))
                .chain(() -> connection.preparedQuery(RESOLVE_REPORTS)
                        .execute(Tuple.of(resolved.toArray(Long[]::new))))
                .replaceWith(new Applied(result, current.stream().map(DecidedItem::id).toList(),
                        after, merged.kept()));
    }

    private static Uni<Void> mark(SqlConnection connection, List<Long> ids, ItemState state, OffsetDateTime at) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery(MARK_ITEMS).execute(Tuple.of(ids.toArray(Long[]::new), state.name(), at))
                .replaceWithVoid();
    }

    private static Uni<List<DecidedItem>> decidedItems(SqlConnection connection, UUID listId) {
        return connection.preparedQuery(DECIDED_ITEMS).execute(Tuple.of(listId)).map(rows -> {
            List<DecidedItem> items = new ArrayList<>(rows.size());
            for (Row row : rows) {
                ItemState state = ItemState.valueOf(row.getString(3));
                String outcome = row.getString(4);
                SubjectValues values = state == ItemState.CORRECTED
                        ? new SubjectValues(row.getString(10), row.getString(11), row.getString(12), row.getString(13))
                        : new SubjectValues(row.getString(6), row.getString(7), row.getString(8), row.getString(9));
                items.add(new DecidedItem(row.getLong(0), row.getString(1), row.getInteger(2), state,
                        state == ItemState.CORRECTED || outcome == null ? null : Outcome.valueOf(outcome),
                        ItemSource.valueOf(row.getString(5)), values, row.getString(14)));
            }
            return items;
        });
    }
}
