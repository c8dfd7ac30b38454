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
import vn.vaxpass.registry.RegistryDisclosureStore;
import vn.vaxpass.registry.RegistryReader;
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
    private final RegistryDisclosureStore disclosures;

    @Inject
    public ListViews(Lists lists, SubjectStore subjects, RegistryDisclosureStore disclosures) {
        this.lists = lists;
        this.subjects = subjects;
        this.disclosures = disclosures;
    }

    /**
     * The list as this caller sees it. Its suggestions are registry data: a read that shows any is recorded
     * ({@link RegistryDisclosureStore}) before the answer goes out, whether as JSON or as a spreadsheet.
     */
    public Uni<Seen> read(Actor actor, RegistryReader reader, UUID listId) {
        return lists.read(actor, listId)
                .call(view -> view.items().stream().anyMatch(item -> item.suggestedIdNumber != null)
                        ? disclosures.correctionListRead(reader, listId) : Uni.createFrom().voidItem())
                .chain(view -> subjects.withIds(view.items().stream()
                .map(item -> item.subjectId).distinct().toList()).map(found -> {
                    Map<String, StoredSubject> byId = found.stream()
                            .collect(Collectors.toMap(StoredSubject::subjectId, Function.identity()));
                    return new Seen(ListResponse.of(view.list(), view.items().stream().map(item -> ItemResponse.of(
                            item, byId.get(item.subjectId), view.part().role())).toList()), view.part().role());
                }));
    }
}
