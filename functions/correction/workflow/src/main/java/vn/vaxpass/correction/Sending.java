package vn.vaxpass.correction;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The station sends its list to the commune police: every item goes WITH_POLICE, the list is frozen (no assigning or
 * proposing until it comes back) and its content hashed ({@link ListContent#hashOfSent}), so the police's paper copy
 * and the record can be compared.
 */
@ApplicationScoped
public class Sending {

    private final Clock clock;

    @Inject
    public Sending(Clock clock) {
        this.clock = clock;
    }

    public Uni<CorrectionList> send(Actor actor, UUID listId, Integer expectedVersion) {
        return Panache.withTransaction(() -> Lists.locate(actor, listId, Action.SEND).chain(located -> {
            CorrectionList list = located.list();
            if (expectedVersion != null && expectedVersion != list.version) {
                throw CorrectionProblem.stale(list.state);
            }
            located.require(ListState.OPEN, "gửi công an", "send a list");
            return CorrectionItem.<CorrectionItem>list("listId", listId).map(items -> {
                list.contentHash = ListContent.hashOfSent(items);
                items.forEach(item -> item.state = ItemState.WITH_POLICE);
                list.state = ListState.WITH_POLICE;
                list.sentAt = clock.instant();
                return list;
            });
        }));
    }
}
