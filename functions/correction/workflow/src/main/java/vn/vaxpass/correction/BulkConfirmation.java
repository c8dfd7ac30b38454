package vn.vaxpass.correction;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

import io.quarkus.runtime.annotations.RegisterForReflection;

import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.identity.Gender;
import vn.vaxpass.identity.VietnameseNameCanonicalizer;
import vn.vaxpass.registry.MatchRequests;
import vn.vaxpass.registry.PopulationRegistry;
import vn.vaxpass.registry.RegistryEntry;
import vn.vaxpass.registry.RegistryView;

/**
 * The police accept, in one action, the matcher's suggested registry person for every item of the list whose
 * suggestion has confidence ≥ {@value #MIN_CONFIDENCE} and that no village proposal contradicts: each such item is
 * recorded one by one as CORRECTED with the registry person's data. Items the police decided already are left as
 * they are.
 */
@ApplicationScoped
public class BulkConfirmation {

    /** The calibrated confidence from which a suggestion is right at least 99.5% of the time (docs/performance.md). */
    public static final double MIN_CONFIDENCE = 0.9;
    private static final BigDecimal THRESHOLD = BigDecimal.valueOf(MIN_CONFIDENCE);

    private final PopulationRegistry registry;
    private final Clock clock;

    @Inject
    public BulkConfirmation(PopulationRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** How many items the bulk confirmation corrected, and why it left the others. */
    @RegisterForReflection
    public record Result(int corrected, int belowConfidence, int contradicted, int alreadyDecided) {
    }

    public Uni<Result> confirm(Actor actor, UUID listId) {
        return Panache.withTransaction(() -> Lists.locate(actor, listId, Action.BULK_CONFIRM).chain(located -> {
            located.require(ListState.WITH_POLICE, "xác nhận hàng loạt", "confirm a list not with the police");
            return CorrectionItem.<CorrectionItem>list("listId = ?1 order by id", listId)
                    .chain(items -> registryPersons(items).emitOn(OnContext.current())
                            .map(view -> decide(items, view, actor.account())));
        }));
    }

    private Uni<RegistryView> registryPersons(List<CorrectionItem> items) {
        MatchRequests requests = new MatchRequests();
        items.stream().filter(BulkConfirmation::confident).forEach(item -> requests.idNumber(item.suggestedIdNumber));
        return registry.fetch(requests);
    }

    private Result decide(List<CorrectionItem> items, RegistryView view, String account) {
        Instant now = clock.instant();
        int corrected = 0;
        int below = 0;
        int contradicted = 0;
        int decided = 0;
        for (CorrectionItem item : items) {
            if (item.state != ItemState.WITH_POLICE) {
                decided++;
                continue;
            }
            Optional<RegistryEntry> person = confident(item) ? view.byIdNumber(item.suggestedIdNumber)
                    : Optional.empty();
            if (person.isEmpty()) {
                below++;
            } else if (contradicts(item, person.get())) {
                contradicted++;
            } else {
                item.decide(ItemState.CORRECTED, valuesOf(person.get()), null, account, now);
                corrected++;
            }
        }
        return new Result(corrected, below, contradicted, decided);
    }

    private static boolean confident(CorrectionItem item) {
        return item.suggestedIdNumber != null && item.confidence != null && item.confidence.compareTo(THRESHOLD) >= 0;
    }

    /** A village said otherwise: an outcome, or a proposed value the registry person does not have. */
    static boolean contradicts(CorrectionItem item, RegistryEntry person) {
        if (item.outcome != null) {
            return true;
        }
        if (item.proposedIdNumber != null && !item.proposedIdNumber.equals(person.idNumber())) {
            return true;
        }
        if (item.proposedFullName != null
                && !VietnameseNameCanonicalizer.canonicalForm(item.proposedFullName).equals(person.nameKey())) {
            return true;
        }
        if (item.proposedDateOfBirth != null && !BirthDate.parse(item.proposedDateOfBirth).value()
                .equals(Optional.ofNullable(person.dateOfBirth()))) {
            return true;
        }
        return item.proposedGender != null && !Gender.parse(item.proposedGender).value()
                .equals(Optional.ofNullable(person.gender()));
    }

    static SubjectValues valuesOf(RegistryEntry person) {
        return new SubjectValues(person.fullName(), Objects.toString(person.dateOfBirth(), null),
                person.gender() == null ? null : person.gender() == Gender.MALE ? "M" : "F", person.idNumber());
    }
}
