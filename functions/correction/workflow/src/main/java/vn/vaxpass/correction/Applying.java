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
 * POLICE); confirmed outcomes close their items (a death is recorded: no certificate from then on); the list is
 * APPLIED. Then the changed subjects are re-matched at once
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
                   decided_id_number
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
     */
    @RegisterForReflection
    public record Result(boolean alreadyApplied, int changed, int unchanged, int closed, List<Long> subjectChanged,
            int verified) {

        static Result already() {
            return new Result(true, 0, 0, 0, List.of(), 0);
        }
    }

    private record DecidedItem(long id, String subjectId, int subjectVersion, ItemState state, Outcome outcome,
            ItemSource source, SubjectValues values) {
    }

    private final Pool pool;
    private final Rematch rematch;
    private final Clock clock;

    @Inject
    public Applying(Pool pool, Rematch rematch, Clock clock) {
        this.pool = pool;
        this.rematch = rematch;
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
                        return Uni.createFrom().item(new Applied(Result.already(), List.of(), Map.of()));
                    }
                    if (state != ListState.HANDED_BACK) {
                        throw CorrectionProblem.illegal("cập nhật", state, "apply a list the police have not signed");
                    }
                    return decidedItems(connection, listId).chain(items -> write(connection, actor, listId, items, now));
                }))
                .chain(applied -> rematch.items(applied.toVerify(), applied.subjects())
                        .map(verified -> new Result(applied.result().alreadyApplied(), applied.result().changed(),
                                applied.result().unchanged(), applied.result().closed(),
                                applied.result().subjectChanged(), verified)));
    }

    /** What the transaction wrote, and the items to re-match with their subjects. */
    private record Applied(Result result, List<Long> toVerify, Map<Long, StoredSubject> subjects) {
    }

    private Uni<Applied> write(SqlConnection connection, Actor actor, UUID listId, List<DecidedItem> items,
            Instant now) {
        List<DecidedItem> corrections = items.stream().filter(item -> item.outcome() == null).toList();
        List<Long> closing = items.stream().filter(item -> item.outcome() != null && item.outcome().closesItem())
                .map(DecidedItem::id).toList();
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
                        List<Long> applied = new ArrayList<>(current.stream().map(DecidedItem::id).toList());
                        applied.addAll(notFound);
                        List<Long> resolved = new ArrayList<>(applied);
                        resolved.addAll(closing);
                        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
                        Result result = new Result(false, corrected.size(), current.size() - corrected.size(),
                                closing.size(), List.copyOf(stale), 0);
                        return AuditTrail.append(connection, entries)
                                .chain(() -> SubjectDeaths.record(connection, deaths, now))
                                .chain(() -> mark(connection, applied, ItemState.APPLIED, at))
                                .chain(() -> mark(connection, closing, ItemState.CLOSED, at))
                                .chain(() -> connection.preparedQuery(MARK_LIST).execute(Tuple.of(listId, at)))
                                .chain(() -> connection.preparedQuery(MARK_HAND_BACK).execute(Tuple.of(listId, at)))
                                .chain(() -> connection.preparedQuery(RESOLVE_REPORTS)
                                        .execute(Tuple.of(resolved.toArray(Long[]::new))))
                                .replaceWith(new Applied(result, current.stream().map(DecidedItem::id).toList(),
                                        after));
                    });
                });
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
                        ItemSource.valueOf(row.getString(5)), values));
            }
            return items;
        });
    }
}
