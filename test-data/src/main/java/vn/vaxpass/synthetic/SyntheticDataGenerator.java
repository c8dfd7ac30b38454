package vn.vaxpass.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Synthetic population-registry extract and vaccination subjects with ground truth, to test the matcher that checks
 * subjects against the registry. For a number of people, a number of subjects and a seed it writes five files into a
 * directory, byte for byte the same for the same three values:
 *
 * <ul>
 *   <li>{@value #REGISTRY_FILE}: {@code id_number,old_id_number,full_name,date_of_birth,gender,commune_code}, one row
 *       a person, household by household;</li>
 *   <li>{@value #SUBJECTS_FILE}: {@code subject_id,full_name,date_of_birth,gender,id_number,phone,commune_code}, as
 *       clerks typed them;</li>
 *   <li>{@value #TRUTH_FILE}: {@code subject_id,true_id_number,expected_status,expected_mismatched_fields,
 *       matched_id_number,corruptions,variations,person_traits}, row for row with the subjects: the registry person the subject
 *       really is (empty if not in the registry), the {@link ExpectedStatus} by the status contract, the fields that
 *       differ ({@code name;dob;gender}, for MISMATCH), the registry person the written number names (empty unless
 *       MISMATCH or VERIFIED), the {@link Corruption}s and {@link Variation}s made and the {@link PersonTrait}s of the
 *       person, {@code ;}-separated;</li>
 *   <li>{@value #COMMUNES_FILE}: {@code commune_code,province_code,name}, every commune the other files can name
 *       (all of the generator's, not only those drawn), with its two-digit GSO province code and a made-up name:
 *       what the subject import needs to give each subject its province;</li>
 *   <li>{@value #DOSES_FILE}: {@code subject_id,dose_number,total_doses,vaccinated_on,product,manufacturer,
 *       prophylaxis,lot,facility_code}, one to three doses of every subject, as the vaccination platform exports them
 *       ({@link DoseGenerator}), drawn from a random of their own so that the other files are the same with or
 *       without them.</li>
 * </ul>
 * Files are RFC 4180 CSV in UTF-8, LF line ends. Generation streams: only the registry's compact arrays are held
 * (about 60 bytes a person with the number index); subjects are written as they are made.
 */
public final class SyntheticDataGenerator {

    public static final String REGISTRY_FILE = "registry.csv";
    public static final String SUBJECTS_FILE = "subjects.csv";
    public static final String TRUTH_FILE = "truth.csv";
    public static final String COMMUNES_FILE = "communes.csv";
    public static final String DOSES_FILE = "doses.csv";

    static final String[] COMMUNES_HEADER = {"commune_code", "province_code", "name"};

    private final Provinces provinces = new Provinces();
    private final NameBook names = new NameBook();
    private final PopulationPyramid pyramid = new PopulationPyramid();

    /**
     * What to generate.
     *
     * @param people registry people, at least 1
     * @param subjects vaccination subjects; more than {@code people} repeats people (a second record of the same person)
     * @param seed the seed: the same settings always give the same files
     * @param outsiderShare share of subjects who are not in the registry
     * @param wrongShare share of subjects written with at least one mistake, outsiders included (28% of dose records
     *     failed the registry check in 2022: 43 of 154 million)
     */
    public record Settings(int people, int subjects, long seed, double outsiderShare, double wrongShare) {

        public static final double OUTSIDER_SHARE = 0.015;
        public static final double WRONG_SHARE = 0.28;

        public Settings {
            if (people < 1 || subjects < 0) {
                throw new IllegalArgumentException("people must be positive and subjects not negative");
            }
            if (outsiderShare < 0 || outsiderShare >= 1 || wrongShare < outsiderShare || wrongShare > 1) {
                throw new IllegalArgumentException("need 0 <= outsiderShare <= wrongShare <= 1, outsiderShare < 1");
            }
        }

        /** The 2022 proportions: 1.5% not in the registry, 28% written with a mistake. */
        public static Settings of(int people, int subjects, long seed) {
            return new Settings(people, subjects, seed, OUTSIDER_SHARE, WRONG_SHARE);
        }
    }

    /** How many subjects got each status, each corruption and each variation. */
    public record Summary(int people, int subjects, Map<ExpectedStatus, Integer> statuses,
            Map<Corruption, Integer> corruptions, Map<Variation, Integer> variations, long doses) {
    }

    /** Writes the five files into {@code directory} (created if missing, files replaced). */
    public Summary generate(Settings settings, Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(directory.toString(), e);
        }
        SplittableRandom root = new SplittableRandom(settings.seed());
        SplittableRandom registryRandom = root.split();
        SplittableRandom subjectRandom = root.split();
        SplittableRandom doseRandom = root.split(); // split last: the registry's and subjects' draws stay as they were

        Registry registry = new Registry(settings.people(), names, provinces);
        PersonFactory people = new PersonFactory(names, registry);
        try (CsvWriter out = new CsvWriter(directory.resolve(REGISTRY_FILE), RegistryGenerator.HEADER)) {
            new RegistryGenerator(provinces, pyramid, people, registry).generate(settings.people(), registryRandom, out);
        }
        Tally tally = new Tally();
        long doses;
        try (CsvWriter subjects = new CsvWriter(directory.resolve(SUBJECTS_FILE), SubjectGenerator.SUBJECT_HEADER);
                CsvWriter truth = new CsvWriter(directory.resolve(TRUTH_FILE), SubjectGenerator.TRUTH_HEADER);
                CsvWriter doseRows = new CsvWriter(directory.resolve(DOSES_FILE), DoseGenerator.HEADER)) {
            DoseGenerator doseGenerator = new DoseGenerator(doseRandom, doseRows);
            new SubjectGenerator(registry, provinces, people, pyramid)
                    .generate(settings, subjectRandom, subjects, truth, doseGenerator, tally);
            doses = doseGenerator.doses();
        }
        writeCommunes(directory.resolve(COMMUNES_FILE));
        return new Summary(settings.people(), settings.subjects(), tally.statuses.freeze(),
                tally.corruptions.freeze(), tally.variations.freeze(), doses);
    }

    private void writeCommunes(Path file) {
        try (CsvWriter out = new CsvWriter(file, COMMUNES_HEADER)) {
            for (int commune = 0; commune < provinces.communeCount(); commune++) {
                out.field(provinces.communeCode(commune))
                        .field(provinces.gsoCode(provinces.provinceOfCommune(commune)))
                        .field(provinces.communeName(commune))
                        .endRow();
            }
        }
    }

    /** Counts by status, corruption and variation while subjects are written. */
    static final class Tally {

        private final Counts<ExpectedStatus> statuses = new Counts<>(ExpectedStatus.class);
        private final Counts<Corruption> corruptions = new Counts<>(Corruption.class);
        private final Counts<Variation> variations = new Counts<>(Variation.class);

        void count(ExpectedStatus status, Set<Corruption> madeCorruptions, Set<Variation> madeVariations) {
            statuses.add(status);
            madeCorruptions.forEach(corruptions::add);
            madeVariations.forEach(variations::add);
        }
    }

    private static final class Counts<E extends Enum<E>> {

        private final EnumMap<E, Integer> counts;

        Counts(Class<E> type) {
            counts = new EnumMap<>(type);
            for (E value : type.getEnumConstants()) {
                counts.put(value, 0);
            }
        }

        void add(E value) {
            counts.merge(value, 1, Integer::sum);
        }

        Map<E, Integer> freeze() {
            return Collections.unmodifiableMap(new EnumMap<>(counts));
        }
    }
}
