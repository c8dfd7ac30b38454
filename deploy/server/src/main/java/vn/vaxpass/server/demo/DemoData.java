package vn.vaxpass.server.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.issuance.CertificateStore;
import vn.vaxpass.issuance.EligibilityPolicy;
import vn.vaxpass.confirmation.DoseConfirmations;
import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.access.ProvincesToday;
import vn.vaxpass.matching.BatchMatcher;
import vn.vaxpass.matching.ChunkSettings;
import vn.vaxpass.matching.MatchRun;
import vn.vaxpass.matching.SubjectScope;
import vn.vaxpass.imports.ImportResult;
import vn.vaxpass.registry.RegistryImport;
import vn.vaxpass.server.registry.RegistryFileLoad;
import vn.vaxpass.synthetic.SyntheticDataGenerator;
import vn.vaxpass.vaccination.CommuneImport;
import vn.vaxpass.vaccination.DoseImport;
import vn.vaxpass.vaccination.SubjectImport;
import vn.vaxpass.subject.StoredSubject;
import vn.vaxpass.subject.SubjectStore;

/**
 * A synthetic data set for trying the server, put into an empty database once: generated with a fixed seed →
 * imported (registry, communes, subjects, doses) → every subject matched against the registry, province by province
 * (the batch matcher of match jobs) → every facility's days confirmed by {@value #CONFIRMER}. A database that holds any
 * subject is left alone, so that a second start adds nothing and real data is never mixed with made-up people.
 * Blocking: run it at start, off the event loop.
 */
@ApplicationScoped
public class DemoData {

    /** The demo's confirmations are signed off by this account, which marks the data as the demo's. */
    public static final String CONFIRMER = "vaxpass-demo";
    public static final long SEED = 20_210_308L;
    public static final int PEOPLE = 3_000;
    public static final int SUBJECTS = 1_000;

    /** Facility days confirmed at once: enough to keep the pool busy, few enough to leave it to requests. */
    private static final int CONFIRMATIONS_IN_FLIGHT = 8;
    private static final int CANDIDATES = 20;

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    /** What {@link #seedIfEmpty()} did. */
    public enum Outcome { SEEDED, DATA_PRESENT }

    private final Pool pool;
    private final Clock clock;
    private final RegistryFileLoad files;
    private final RegistryImport registryImport;
    private final CommuneImport communeImport;
    private final SubjectImport subjectImport;
    private final DoseImport doseImport;
    private final BatchMatcher matcher;
    private final DoseConfirmations confirmations;
    private final CertificateStore records;

    @Inject
    public DemoData(Pool pool, Clock clock, RegistryFileLoad files, RegistryImport registryImport, CommuneImport communeImport, SubjectImport subjectImport, DoseImport doseImport, BatchMatcher matcher, DoseConfirmations confirmations, CertificateStore records) {
        this.pool = pool;
        this.clock = clock;
        this.files = files;
        this.registryImport = registryImport;
        this.communeImport = communeImport;
        this.subjectImport = subjectImport;
        this.doseImport = doseImport;
        this.matcher = matcher;
        this.confirmations = confirmations;
        this.records = records;
    }

    public Outcome seedIfEmpty() {
        if (count("SELECT count(*) FROM " + SubjectStore.NAME) > 0) {
            return Outcome.DATA_PRESENT;
        }
        long start = System.nanoTime();
        Path directory = temporaryDirectory();
        try {
            new SyntheticDataGenerator().generate(SyntheticDataGenerator.Settings.of(PEOPLE, SUBJECTS, SEED), directory);
            load(directory, SyntheticDataGenerator.REGISTRY_FILE, registryImport::run, RegistryImport.REPORT_KEY_COLUMN);
            load(directory, SyntheticDataGenerator.COMMUNES_FILE, communeImport::run, CommuneImport.REPORT_KEY_COLUMN);
            load(directory, SyntheticDataGenerator.SUBJECTS_FILE, subjectImport::run, SubjectImport.REPORT_KEY_COLUMN);
            load(directory, SyntheticDataGenerator.DOSES_FILE, doseImport::run, DoseImport.REPORT_KEY_COLUMN);
        } finally {
            deleteQuietly(directory);
        }
        matchEveryProvince();
        long days = confirmEveryFacilityDay();
        LOG.infof("Demo data: %d synthetic subjects imported, matched and their doses confirmed (%d facility days)"
                + " in %.1f s", SUBJECTS, days, (System.nanoTime() - start) / 1e9);
        return Outcome.SEEDED;
    }

    /**
     * A demo subject whose certificate is available now, with a phone number and an ID number no other subject has
     * (so that a lookup by it finds this record alone); empty when the database holds no demo data.
     */
    public Optional<DemoSubject> subjectToTry() {
        Instant now = clock.instant();
        for (Row row : pool.preparedQuery("""
                SELECT %s
                FROM %s
                JOIN latest_match_result m ON m.subject_id = s.subject_id
                WHERE m.status = 'VERIFIED' AND m.subject_version = s.version
                  AND s.id_number ~ '^[0-9]{12}$' AND s.phone IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM %s o
                                  WHERE o.id_number = s.id_number AND o.subject_id <> s.subject_id)
                  AND EXISTS (SELECT 1 FROM dose d JOIN dose_confirmation c ON c.dose_id = d.id
                              WHERE d.subject_id = s.subject_id AND c.confirmed_by = $1)
                ORDER BY s.subject_id
                LIMIT $2""".formatted(SubjectStore.COLUMNS, SubjectStore.TABLE, SubjectStore.NAME))
                .executeAndAwait(Tuple.of(CONFIRMER, CANDIDATES))) {
            StoredSubject subject = SubjectStore.read(row);
            boolean available = records.load(subject.subjectId(), now).await().indefinitely()
                    .map(record -> EligibilityPolicy.reasons(record).isEmpty()).orElse(false);
            Optional<BirthDate> birth = BirthDate.parse(subject.data().dateOfBirth()).value();
            if (available && birth.isPresent()) {
                return Optional.of(new DemoSubject(subject.subjectId(), subject.data().idNumber(),
                        birth.get().toString(), subject.data().communeCode(), subject.provinceCode(),
                        subject.data().fullName(), subject.phone()));
            }
        }
        return Optional.empty();
    }

    private void load(Path directory, String file, RegistryFileLoad.FileImport fileImport, String keyColumn) {
        try {
            ImportResult result = files.load(directory.resolve(file), fileImport, keyColumn).result();
            if (result.status().refused()) {
                throw new IllegalStateException("The demo's " + file + " was refused: " + result.status());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void matchEveryProvince() {
        // By province as it is today: a province's scope takes the old provinces merged into it, so matching an old
        // code as well would match its subjects twice.
        SortedSet<String> provinces = new TreeSet<>();
        pool.query("SELECT DISTINCT province_code FROM " + SubjectStore.NAME)
                .executeAndAwait().forEach(row -> provinces.add(ProvincesToday.today(row.getString(0))));
        MatchRun run = MatchRun.withoutJob(clock.instant());
        for (String province : provinces) {
            matcher.matchAndRecordAll(SubjectScope.province(province), run, ChunkSettings.DEFAULT);
        }
    }

    private long confirmEveryFacilityDay() {
        List<Row> days = new ArrayList<>();
        pool.query("SELECT DISTINCT facility_code, vaccinated_on FROM dose").executeAndAwait().forEach(days::add);
        Instant at = clock.instant();
        Multi.createFrom().iterable(days)
                .onItem().transformToUni(day -> confirmations.confirmDay(day.getString(0),
                        day.getLocalDate(1), CONFIRMER, at))
                .merge(CONFIRMATIONS_IN_FLIGHT)
                .collect().last().await().indefinitely();
        return days.size();
    }

    private long count(String sql) {
        return pool.query(sql).executeAndAwait().iterator().next().getLong(0);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("vaxpass-demo-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.debugf("Demo files left in %s: %s", directory, e.getMessage());
        }
    }
}
