package vn.vaxpass.functions.correction;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.correction.Actor;
import vn.vaxpass.correction.Lists;
import vn.vaxpass.correction.WorkRole;
import vn.vaxpass.subject.StoredSubject;
import vn.vaxpass.subject.SubjectStore;

/**
 * A list as one caller sees it, the same for the JSON and the spreadsheet: its items (a village team: its village's),
 * each with its subject as recorded and the suggestion masked or whole for the caller's role.
 */
@ApplicationScoped
public class ListViews {

    /** The list as seen, and the part the caller plays in its commune. */
    public record Seen(ListResponse list, WorkRole role) {
    }

    private final Lists lists;
    private final SubjectStore subjects;

    @Inject
    public ListViews(Lists lists, SubjectStore subjects) {
        this.lists = lists;
        this.subjects = subjects;
    }

    public Uni<Seen> read(Actor actor, UUID listId) {
        return lists.read(actor, listId).chain(view -> subjects.withIds(view.items().stream()
                .map(item -> item.subjectId).distinct().toList()).map(found -> {
                    Map<String, StoredSubject> byId = found.stream()
                            .collect(Collectors.toMap(StoredSubject::subjectId, Function.identity()));
                    return new Seen(ListResponse.of(view.list(), view.items().stream().map(item -> ItemResponse.of(
                            item, byId.get(item.subjectId), view.part().role())).toList()), view.part().role());
                }));
    }
}
