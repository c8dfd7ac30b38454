package vn.vaxpass.matching;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.access.Reach;
import vn.vaxpass.registry.IdNumberMask;
import vn.vaxpass.registry.RegistryDisclosureStore;
import vn.vaxpass.registry.RegistryQuota;
import vn.vaxpass.registry.RegistryReader;
import vn.vaxpass.subject.StoredSubject;
import vn.vaxpass.subject.SubjectData;
import vn.vaxpass.subject.SubjectStore;
import vn.vaxpass.vaccination.CommuneStore;

/**
 * Checks one stored subject against the population registry, as it is or with values a clerk proposes
 * ({@link ProposedValues}), and explains the result field by field. The registry is not an oracle (issue 11): the
 * caller names a subject of its own, never free-form identities, so it learns nothing about strangers. In order:
 * <ol>
 *   <li>the subject, if stored and within the caller's reach (its commune as it is today,
 *       {@link CommuneStore#currentOf}); otherwise nothing, the same for a subject that does not exist as for one of
 *       another jurisdiction;</li>
 *   <li>one check taken from the caller's daily share ({@link RegistryQuota});</li>
 *   <li>the match, explained ({@link BatchMatcher#explain});</li>
 *   <li>the disclosure recorded ({@link RegistryDisclosureStore}) before anything is shown;</li>
 *   <li>the suggested ID number as the caller may see it ({@link IdNumberMask}). The field explanations and the
 *       outcome's explanation never quote the registry's number or name ({@link FieldExplanation}), so there is
 *       nothing else to mask.</li>
 * </ol>
 * Writes no match result: batch jobs record results.
 */
@ApplicationScoped
public class SubjectCheck {

    private final SubjectStore subjects;
    private final RegistryQuota quota;
    private final BatchMatcher matcher;
    private final RegistryDisclosureStore disclosures;
    private final CommuneStore communes;

    @Inject
    public SubjectCheck(SubjectStore subjects, RegistryQuota quota, BatchMatcher matcher,
            RegistryDisclosureStore disclosures, CommuneStore communes) {
        this.subjects = subjects;
        this.communes = communes;
        this.quota = quota;
        this.matcher = matcher;
        this.disclosures = disclosures;
    }

    /**
     * The subject's match, explained, with the proposed values in place of the stored ones; empty when there is no
     * such subject within the reader's reach. The proposed values must be readable ({@link ProposedValues#errors()}).
     *
     * @return a failed Uni with {@link vn.vaxpass.registry.RegistryQuotaExceededException} when the reader has no
     *         check left today
     */
    public Uni<Optional<MatchExplanation>> check(String subjectId, ProposedValues proposed, RegistryReader reader) {
        if (!proposed.errors().isEmpty()) {
            throw new IllegalArgumentException("unreadable proposed values");
        }
        return subjects.withIds(List.of(subjectId)).chain(found -> found.isEmpty()
                ? Uni.createFrom().item(Optional.<StoredSubject>empty())
                : reachable(reader.reach(), found.get(0))).chain(subject -> {
            if (subject.isEmpty()) {
                return Uni.createFrom().item(Optional.<MatchExplanation>empty());
            }
            SubjectData tried = proposed.applyTo(subject.get().data());
            return quota.take(reader.account(), 1)
                    .chain(() -> matcher.explain(tried))
                    .call(() -> disclosures.subjectChecked(reader, subjectId))
                    .map(explained -> Optional.of(asSeenBy(explained, reader.reach())));
        });
    }

    /**
     * The subject when the reach covers its commune as it is today: one recorded under an old code merged into another
     * commune is that commune's, in that commune's province, and no longer the old code's.
     */
    private Uni<Optional<StoredSubject>> reachable(Reach reach, StoredSubject subject) {
        return communes.currentOf(subject.data().communeCode()).map(current -> Optional.of(subject).filter(s -> current
                .map(today -> reach.reachesCommune(today.communeCode(), today.provinceCode()))
                .orElseGet(() -> reach.reachesCommune(s.data().communeCode(), s.provinceCode()))));
    }

    private static MatchExplanation asSeenBy(MatchExplanation explained, Reach reach) {
        MatchOutcome outcome = explained.outcome();
        MatchOutcome shown = new MatchOutcome(outcome.status(), outcome.mismatchedFields(),
                IdNumberMask.forReach(outcome.suggestedIdNumber(), reach), outcome.confidence(), outcome.explanation());
        return new MatchExplanation(shown, explained.comparedWith(), explained.fields());
    }
}
