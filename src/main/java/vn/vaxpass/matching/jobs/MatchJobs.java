package vn.vaxpass.matching.jobs;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;

import vn.vaxpass.access.Area;
import vn.vaxpass.access.Reach;
import vn.vaxpass.csv.CsvErrorReport;
import vn.vaxpass.csv.CsvFileException;
import vn.vaxpass.csv.CsvLine;
import vn.vaxpass.csv.CsvReader;
import vn.vaxpass.csv.CsvRow;
import vn.vaxpass.matching.SubjectScope;
import vn.vaxpass.registry.RegistryQuota;
import vn.vaxpass.vaccination.SubjectsFile;
import vn.vaxpass.imports.ImportResult;
import vn.vaxpass.imports.ImportStatus;
import vn.vaxpass.vaccination.CommuneStore;
import vn.vaxpass.vaccination.SubjectImport;
import vn.vaxpass.vaccination.SubjectRowError;

/**
 * Registry-match batch jobs: submit one (every subject of a commune or province, or an uploaded subjects file), and
 * find it again by whoever reaches its area ({@link Reach#reaches}). A commune's job covers the subjects recorded under
 * its code or an old code merged into it ({@link vn.vaxpass.subject.SubjectStore.Area}); an old code is no unit to
 * submit for ({@code COMMUNE_MERGED}). Submitting writes the job and all its chunks in
 * one transaction, then sends a message per chunk; a message that does not go out is sent by the
 * {@link StaleChunkSweep}, so a job always finishes. The chunks are matched by {@link ChunkProcessor}.
 *
 * <p>Blocking: call it from a worker thread, never from an event loop.
 */
@ApplicationScoped
public class MatchJobs {

    /** GSO codes: a province has two digits, a commune five. */
    private static final Pattern PROVINCE_CODE = Pattern.compile("[0-9]{2}");
    private static final Pattern COMMUNE_CODE = Pattern.compile("[0-9]{5}");

    private static final int BUFFER = 1 << 16;

    private final Pool pool;
    private final MatchJobStore store;
    private final ChunkSender sender;
    private final SubjectImport subjectImport;
    private final MatchJobSettings settings;
    private final Clock clock;
    private final RegistryQuota quota;
    private final CommuneStore communes;

    @Inject
    public MatchJobs(Pool pool, MatchJobStore store, ChunkSender sender,
            SubjectImport subjectImport, MatchJobSettings settings, Clock clock, RegistryQuota quota,
            CommuneStore communes) {
        this.pool = pool;
        this.communes = communes;
        this.quota = quota;
        this.store = store;
        this.sender = sender;
        this.subjectImport = subjectImport;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Submits a job for every subject the scope holds now.
     *
     * @param requestedBy the subject (sub) of the caller's token
     * @throws MatchJobException when the scope is malformed, unknown or outside the caller's reach
     */
    public MatchJob submit(SubjectScope scope, Reach caller, String requestedBy) {
        Area owner = owner(scope, caller);
        UUID id = UUID.randomUUID();
        Instant at = clock.instant();
        JobScope jobScope = JobScope.of(scope);
        int chunks = pool.withTransaction(sql -> store.insertJob(sql, id, jobScope, owner, requestedBy, at)
                .chain(() -> store.insertRanges(sql, id, scope, settings.chunkSize(), at))
                .chain(() -> store.finishTotals(sql, id)))
                .await().indefinitely();
        return sendAll(id, chunks);
    }

    /**
     * Imports an uploaded subjects file through {@link SubjectImport} (all or nothing, rows that cannot be read
     * reported and skipped) and submits a job for the rows it imported, which belongs to the uploader's own area (its
     * province, or its commune). A file with a subject outside the caller's reach is refused before anything is
     * imported. A row with the id of a subject the caller does not reach where it is stored
     * refuses the file too ({@code SUBJECT_ID_TAKEN}): an upload creates subjects, or changes the caller's own. The
     * caller owns the file and the report.
     *
     * <p>An upload names its subjects freely, so its rows are registry checks like the single-subject check's: once
     * the file is within the caller's reach, its rows are taken from the uploader's daily share ({@link RegistryQuota})
     * before anything is imported, and given back if the import then refuses the file.
     *
     * @throws vn.vaxpass.registry.RegistryQuotaExceededException when the rows do not fit in the uploader's share
     *     left today; nothing is imported
     * @throws MatchJobException when the caller is neither a province's nor a commune's staff
     *     ({@code OUTSIDE_JURISDICTION}), or its commune is not in the commune list ({@code UNKNOWN_COMMUNE})
     */
    public UploadOutcome submitUpload(Path file, Reach caller, String requestedBy, CsvErrorReport report)
            throws IOException {
        Map<String, String> provinceOfCommune = provinceOfEveryCommune();
        Map<String, String> successors = communes.successors().await().indefinitely();
        Area owner = uploadOwner(caller, provinceOfCommune, successors);
        UploadJurisdictionCheck.Checked checked;
        try (InputStream in = open(file)) {
            checked = UploadJurisdictionCheck.check(in, caller, owner, provinceOfCommune, successors, report);
        }
        if (checked.outside() > 0) {
            report.flush();
            return new UploadOutcome(UploadJurisdictionCheck.CODE, null, null);
        }
        int checks = (int) Math.min(checked.rows(), Integer.MAX_VALUE);
        if (checks > 0) {
            quota.take(requestedBy, checks).await().indefinitely();
        }
        BitSet refusedLines = new BitSet();
        report.listen((line, code, key, message) -> refusedLines.set((int) Math.min(line, Integer.MAX_VALUE)));
        ImportResult imported;
        try (InputStream in = open(file)) {
            imported = subjectImport.run(in, report, caller);
        } catch (IOException | RuntimeException e) {
            giveBack(requestedBy, checks);
            throw e;
        }
        if (imported.status() == ImportStatus.KEY_TAKEN || imported.status().refused()) {
            giveBack(requestedBy, checks);
            return new UploadOutcome(imported.status() == ImportStatus.KEY_TAKEN ? SubjectRowError.SUBJECT_ID_TAKEN.name()
                    : imported.status().name(), imported, null);
        }
        UUID id = UUID.randomUUID();
        int chunks = insertUploadJob(file, id, owner, requestedBy, refusedLines);
        return new UploadOutcome(UploadOutcome.SUBMITTED, imported, sendAll(id, chunks));
    }

    private void giveBack(String account, int checks) {
        if (checks > 0) {
            quota.giveBack(account, checks).await().indefinitely();
        }
    }

    /** The job, when the viewer reaches its area; null otherwise, whether or not it exists. */
    public Uni<MatchJob> find(UUID id, Reach viewer) {
        return store.job(id).map(job -> job != null && viewer.reaches(job.owner()) ? job : null);
    }

    private Area owner(SubjectScope scope, Reach caller) {
        if (scope.level() == SubjectScope.Level.PROVINCE) {
            if (!PROVINCE_CODE.matcher(scope.code()).matches()) {
                throw new MatchJobException(MatchJobException.Reason.INVALID_SCOPE,
                        "A province code has two digits (GSO), such as 01 for Hà Nội.");
            }
            if (!caller.reachesProvince(scope.code())) {
                throw outside("province " + scope.code());
            }
            return Area.province(scope.code());
        }
        if (!COMMUNE_CODE.matcher(scope.code()).matches()) {
            throw new MatchJobException(MatchJobException.Reason.INVALID_SCOPE,
                    "A commune code has five digits (GSO), such as 00001.");
        }
        CommuneStore.Standing commune = communes.standingOf(scope.code()).await().indefinitely().orElse(null);
        if (commune == null) {
            throw new MatchJobException(MatchJobException.Reason.UNKNOWN_COMMUNE,
                    "Commune " + scope.code() + " is not in the commune list.");
        }
        if (commune.merged()) {
            throw merged("Commune " + scope.code(), commune.currentCode());
        }
        String province = commune.provinceCode();
        if (!caller.reachesCommune(scope.code(), province)) {
            throw outside("commune " + scope.code());
        }
        return Area.commune(province, scope.code());
    }

    /**
     * The area an upload belongs to: the uploader's province, or its commune (in the province the commune list
     * gives); a province's reach before a commune's when the caller has both. A commune merged into another is no
     * longer a unit: a token naming it uploads nothing ({@code COMMUNE_MERGED}).
     */
    private static Area uploadOwner(Reach uploader, Map<String, String> provinceOfCommune,
            Map<String, String> successors) {
        for (Reach reach : uploader.parts()) {
            if (reach instanceof Reach.Province province) {
                return Area.province(province.provinceCode());
            }
        }
        for (Reach reach : uploader.parts()) {
            if (reach instanceof Reach.Commune commune) {
                String province = provinceOfCommune.get(commune.communeCode());
                if (province == null) {
                    throw new MatchJobException(MatchJobException.Reason.UNKNOWN_COMMUNE,
                            "Your commune " + commune.communeCode() + " is not in the commune list.");
                }
                if (successors.containsKey(commune.communeCode())) {
                    throw merged("Your commune " + commune.communeCode(), successors.get(commune.communeCode()));
                }
                return Area.commune(province, commune.communeCode());
            }
        }
        throw new MatchJobException(MatchJobException.Reason.OUTSIDE_JURISDICTION,
                "Only a province's or a commune's health staff upload subjects.");
    }

    /** A commune code merged into another since 1 July 2025: no longer a unit anyone works in. */
    private static MatchJobException merged(String what, String currentCode) {
        return new MatchJobException(MatchJobException.Reason.COMMUNE_MERGED, what + " was merged into commune "
                + currentCode + " and is no longer a unit; work as commune " + currentCode + " instead.");
    }

    private static MatchJobException outside(String what) {
        return new MatchJobException(MatchJobException.Reason.OUTSIDE_JURISDICTION,
                "The " + what + " is outside your jurisdiction.");
    }

    private Map<String, String> provinceOfEveryCommune() {
        Map<String, String> provinces = new HashMap<>();
        for (Row row : pool.query("SELECT commune_code, province_code FROM commune").executeAndAwait()) {
            provinces.put(row.getString(0), row.getString(1));
        }
        return provinces;
    }

    /**
     * The job and its chunks in one transaction, reading the file's subject ids again and leaving out the rows the
     * import refused: a chunk lists up to {@link MatchJobSettings#chunkSize()} ids.
     */
    private int insertUploadJob(Path file, UUID id, Area owner, String requestedBy, BitSet refusedLines)
            throws IOException {
        Instant at = clock.instant();
        SqlConnection connection = pool.getConnectionAndAwait();
        try {
            Transaction transaction = connection.beginAndAwait();
            boolean committed = false;
            try {
                store.insertJob(connection, id, JobScope.upload(), owner, requestedBy, at).await().indefinitely();
                int chunkNumber = 0;
                List<String> chunk = new ArrayList<>(settings.chunkSize());
                try (InputStream in = open(file)) {
                    CsvReader reader = SubjectsFile.FORMAT.open(in);
                    for (CsvLine line = reader.next(); line != null; line = reader.next()) {
                        if (line instanceof CsvRow row && !refusedLines.get((int) Math.min(row.line(), Integer.MAX_VALUE))) {
                            chunk.add(row.get(0));
                            if (chunk.size() == settings.chunkSize()) {
                                store.insertListed(connection, id, chunkNumber++, chunk, at);
                                chunk.clear();
                            }
                        }
                    }
                } catch (CsvFileException e) {
                    throw new IllegalStateException("The file was imported, so it reads to its end: " + e.code(), e);
                }
                if (!chunk.isEmpty()) {
                    store.insertListed(connection, id, chunkNumber, chunk, at);
                }
                int chunks = store.finishTotals(connection, id).await().indefinitely();
                transaction.commitAndAwait();
                committed = true;
                return chunks;
            } finally {
                if (!committed) {
                    transaction.rollbackAndAwait();
                }
            }
        } finally {
            connection.closeAndAwait();
        }
    }

    /** Sends every chunk's message; those that fail are left to the sweep. */
    private MatchJob sendAll(UUID id, int chunks) {
        sender.send(IntStream.range(0, chunks).mapToObj(chunk -> ChunkMessage.of(id, chunk)).toList());
        return store.job(id).await().indefinitely();
    }

    private static InputStream open(Path file) throws IOException {
        return new BufferedInputStream(Files.newInputStream(file), BUFFER);
    }
}
