package vn.vaxpass.matching;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import vn.vaxpass.registry.CombinedRegistryView;
import vn.vaxpass.registry.PopulationRegistry;
import vn.vaxpass.registry.RegistryView;

import vn.vaxpass.registry.MatchRequests;
import vn.vaxpass.subject.StoredSubject;
import vn.vaxpass.subject.SubjectData;
/**
 * Matches subjects a chunk at a time (a few thousand), with two registry fetches per chunk however many subjects:
 * <ol>
 *   <li>the numbers every subject's ID field can mean ({@link SubjectMatcher#requestDirect});</li>
 *   <li>fetch them;</li>
 *   <li>match against them: a subject VERIFIED now is done (more people cannot change an exact match); for the
 *       others, the neighbours and name and commune blocks ({@link SubjectMatcher#requestSearch});</li>
 *   <li>fetch those;</li>
 *   <li>match the others against both fetches;</li>
 *   <li>optionally, write the results ({@link MatchResultStore}).</li>
 * </ol>
 * Outcomes are the ones {@link SubjectMatcher#match} gives against the whole registry. Matching runs on worker
 * threads, never on the event loop that carries the database's answers.
 */
@ApplicationScoped
public class BatchMatcher {

    private final SubjectMatcher matcher = new SubjectMatcher();
    private final SubjectExplainer explainer = new SubjectExplainer();
    private final PopulationRegistry registry;
    private final MatchResultStore results;
    private final SubjectPages pages;

    @Inject
    public BatchMatcher(PopulationRegistry registry, MatchResultStore results, SubjectPages pages) {
        this.registry = registry;
        this.results = results;
        this.pages = pages;
    }

    /** The outcomes of a chunk, in the subjects' order. Writes nothing. */
    public Uni<List<MatchOutcome>> match(List<SubjectData> subjects) {
        Executor cpu = Infrastructure.getDefaultWorkerPool();
        Chunk chunk = new Chunk(subjects);
        return Uni.createFrom().item(chunk::directRequests).runSubscriptionOn(cpu)
                .chain(registry::fetch)
                .emitOn(cpu)
                .map(chunk::matchDirectAndRequestSearch)
                .chain(searches -> searches.isEmpty() ? Uni.createFrom().item(chunk.firstPass)
                        : registry.fetch(searches).map(found -> new CombinedRegistryView(chunk.firstPass, found)))
                .emitOn(cpu)
                .map(chunk::matchTheRest);
    }

    /** One subject's outcome with its reasons, field by field, after the same two fetches as a chunk's. Writes nothing. */
    public Uni<MatchExplanation> explain(SubjectData subject) {
        Executor cpu = Infrastructure.getDefaultWorkerPool();
        MatchRequests direct = new MatchRequests();
        matcher.requestDirect(subject, direct);
        return registry.fetch(direct)
                .emitOn(cpu)
                .chain(firstPass -> {
                    MatchRequests search = new MatchRequests();
                    matcher.requestSearch(subject, firstPass, search);
                    return search.isEmpty() ? Uni.createFrom().item(firstPass)
                            : registry.fetch(search).map(found -> (RegistryView) new CombinedRegistryView(firstPass, found));
                })
                .emitOn(cpu)
                .map(everyone -> explainer.explain(subject, everyone));
    }

    /** Matches a chunk of stored subjects and writes their results for the run; the outcomes in the subjects' order. */
    public Uni<List<MatchOutcome>> matchAndRecord(List<StoredSubject> subjects, MatchRun run) {
        return match(subjects.stream().map(StoredSubject::data).toList())
                .call(outcomes -> results.write(subjects, outcomes, run));
    }

    /**
     * Matches every subject of a commune or province and writes the results for the run, reading subjects a chunk at
     * a time by keyset and keeping several chunks in flight. Blocks until done: call it from a command or a worker.
     */
    public MatchTally matchAndRecordAll(SubjectScope scope, MatchRun run, ChunkSettings settings) {
        MatchTally tally = new MatchTally();
        ChunkPipeline<List<MatchOutcome>> pipeline = new ChunkPipeline<>(settings.chunksInFlight(), tally::addAll);
        String last = "";
        List<StoredSubject> page;
        do {
            page = pages.after(scope, last, settings.chunkSize()).await().indefinitely();
            if (!page.isEmpty()) {
                pipeline.submit(matchAndRecord(page, run));
                last = page.get(page.size() - 1).data().subjectId();
            }
        } while (page.size() == settings.chunkSize());
        pipeline.finish();
        return tally;
    }

    /** One chunk's state between the steps. */
    private final class Chunk {

        private final List<SubjectData> subjects;
        private final MatchOutcome[] outcomes;
        private RegistryView firstPass;

        Chunk(List<SubjectData> subjects) {
            this.subjects = subjects;
            this.outcomes = new MatchOutcome[subjects.size()];
        }

        MatchRequests directRequests() {
            MatchRequests requests = new MatchRequests();
            subjects.forEach(subject -> matcher.requestDirect(subject, requests));
            return requests;
        }

        MatchRequests matchDirectAndRequestSearch(RegistryView found) {
            firstPass = found;
            MatchRequests requests = new MatchRequests();
            for (int i = 0; i < outcomes.length; i++) {
                MatchOutcome direct = matcher.match(subjects.get(i), found);
                if (direct.status() == MatchStatus.VERIFIED) {
                    outcomes[i] = direct;
                } else {
                    matcher.requestSearch(subjects.get(i), found, requests);
                }
            }
            return requests;
        }

        List<MatchOutcome> matchTheRest(RegistryView everyone) {
            for (int i = 0; i < outcomes.length; i++) {
                if (outcomes[i] == null) {
                    outcomes[i] = matcher.match(subjects.get(i), everyone);
                }
            }
            return Arrays.asList(outcomes);
        }
    }
}
