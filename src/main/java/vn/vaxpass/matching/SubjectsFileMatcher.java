package vn.vaxpass.matching;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.csv.CsvFileException;
import vn.vaxpass.csv.CsvRowError;
import vn.vaxpass.csv.CsvRowHandler;
import vn.vaxpass.csv.CsvSummary;

import vn.vaxpass.vaccination.SubjectsFile;
import vn.vaxpass.subject.SubjectData;
/**
 * Streams a subjects file ({@link SubjectsFile}) through the {@link BatchMatcher} in chunks, several in flight, and
 * hands every subject's outcome over in the file's order. Memory stays bounded by the chunks in flight. Blocks
 * until the file is done: call it from a command or a worker.
 */
@ApplicationScoped
public class SubjectsFileMatcher {

    /** Receives the outcomes in file order, and the rows that could not be read as subjects. */
    public interface Results {

        void outcome(SubjectData subject, MatchOutcome outcome);

        void rowError(CsvRowError error);
    }

    private final BatchMatcher matcher;

    @Inject
    public SubjectsFileMatcher(BatchMatcher matcher) {
        this.matcher = matcher;
    }

    /**
     * @throws CsvFileException when the file breaks off (see {@link vn.vaxpass.csv.CsvFormat}); outcomes of the rows
     *     before the break were handed over already
     */
    public CsvSummary match(InputStream subjects, ChunkSettings settings, Results results) throws IOException, CsvFileException {
        ChunkPipeline<Matched> pipeline = new ChunkPipeline<>(settings.chunksInFlight(), matched -> {
            for (int i = 0; i < matched.subjects().size(); i++) {
                results.outcome(matched.subjects().get(i), matched.outcomes().get(i));
            }
        });
        List<SubjectData> chunk = new ArrayList<>(settings.chunkSize());
        CsvSummary summary = SubjectsFile.FORMAT.read(subjects, CsvRowHandler.of(row -> {
            chunk.add(SubjectsFile.subject(row));
            if (chunk.size() == settings.chunkSize()) {
                pipeline.submit(matched(List.copyOf(chunk)));
                chunk.clear();
            }
        }, results::rowError));
        if (!chunk.isEmpty()) {
            pipeline.submit(matched(List.copyOf(chunk)));
        }
        pipeline.finish();
        return summary;
    }

    private Uni<Matched> matched(List<SubjectData> chunk) {
        return matcher.match(chunk).map(outcomes -> new Matched(chunk, outcomes));
    }

    private record Matched(List<SubjectData> subjects, List<MatchOutcome> outcomes) {
    }
}
