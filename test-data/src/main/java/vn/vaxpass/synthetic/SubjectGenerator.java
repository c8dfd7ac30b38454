package vn.vaxpass.synthetic;

import java.util.SplittableRandom;

/**
 * Writes the vaccination subjects and, row for row, their ground truth. Each subject is a registry person drawn
 * without repetition (or someone missing from the registry); about {@code wrongShare} of them are written with at
 * least one mistake, and harmless variations are spread over everyone. The expected status is then computed from what
 * was written ({@link RegistryCheckContract}).
 */
final class SubjectGenerator {

    static final String[] SUBJECT_HEADER =
            {"subject_id", "full_name", "date_of_birth", "gender", "id_number", "phone", "commune_code"};
    static final String[] TRUTH_HEADER = {"subject_id", "true_id_number", "expected_status",
        "expected_mismatched_fields", "matched_id_number", "corruptions", "variations", "person_traits"};

    /**
     * Relative frequency of each mistake as the first (or only) one of a subject, by ordinal of {@link Corruption}. A
     * mistake that cannot apply is drawn again, so one that applies to few (a full date for a registry year, about 2%
     * of people) weighs more: for those few, clerks who wrote 01/01 were the rule.
     */
    private static final Corruption[] CORRUPTIONS = Corruption.values();
    private static final double[] FIRST_MISTAKE = new double[CORRUPTIONS.length];
    /** A second mistake, in the name, date of birth or gender, for this share of the subjects with one. */
    private static final double SECOND_MISTAKE = 0.15;
    private static final int MISTAKE_DRAWS = 50;

    private static final double OUTSIDER_WITHOUT_ID = 0.2;
    private static final double OLD_NUMBER_AMONG_HOLDERS = 0.10;
    private static final double GROUPED_ID = 0.10;
    private static final double NAME_NFD = 0.05;
    private static final double OTHER_TONE_PLACEMENT = 0.30;
    private static final double NAME_UPPER_CASE = 0.08;
    private static final double NAME_LOWER_CASE = 0.02;
    private static final double NAME_EXTRA_SPACES = 0.05;
    private static final double DATE_DD_MM_YYYY = 0.55;
    private static final double DATE_D_M_YYYY = 0.15;
    private static final double GENDER_AS_WORD = 0.45;
    private static final double VACCINATED_IN_ANOTHER_COMMUNE = 0.08;
    private static final double VACCINATED_IN_ANOTHER_PROVINCE = 0.04;
    private static final double NO_PHONE = 0.03;
    /** Children are reached on the household's contact phone. */
    private static final int OWN_PHONE_FROM_AGE = 16;

    static {
        weigh(Corruption.ID_MISSING, 18);
        weigh(Corruption.ID_EXCEL_LOST_LEADING_ZEROS, 7);
        weigh(Corruption.ID_EXCEL_SCIENTIFIC_NOTATION, 4);
        weigh(Corruption.ID_LETTER_O_FOR_ZERO, 3);
        weigh(Corruption.ID_EXTRA_DIGIT, 3);
        weigh(Corruption.ID_DIGIT_DROPPED, 3);
        weigh(Corruption.ID_UNKNOWN_PROVINCE_PREFIX, 2);
        weigh(Corruption.ID_ONE_DIGIT_CHANGED, 8);
        weigh(Corruption.ID_OF_HOUSEHOLD_MEMBER, 5);
        // Applies to twins only (about 1% of people), so it weighs like the year-only mistake below.
        weigh(Corruption.ID_OF_TWIN, 30);
        weigh(Corruption.NAME_WITHOUT_DIACRITICS, 10);
        weigh(Corruption.NAME_TYPO, 8);
        weigh(Corruption.NAME_TELEX_LEFTOVERS, 3);
        weigh(Corruption.NAME_VNI_LEFTOVERS, 2);
        weigh(Corruption.NAME_MIDDLE_NAME_MISSING, 4);
        weigh(Corruption.NAME_LEGACY_VNI, 3);
        weigh(Corruption.NAME_LEGACY_TCVN3, 3);
        weigh(Corruption.NAME_GIVEN_NAME_FIRST, 3);
        // Applies to minority women's names only (about 1% of people).
        weigh(Corruption.NAME_APOSTROPHE_CHANGED, 30);
        weigh(Corruption.DOB_DAY_MONTH_SWAPPED, 5);
        weigh(Corruption.DOB_WRONG_YEAR, 6);
        weigh(Corruption.DOB_YEAR_ONLY_FOR_FULL_DATE, 4);
        weigh(Corruption.DOB_FULL_DATE_FOR_YEAR_ONLY, 30);
        weigh(Corruption.GENDER_WRONG, 4);
    }

    private final Registry registry;
    private final Provinces provinces;
    private final PersonFactory people;
    private final PopulationPyramid pyramid;
    private final RegistryCheckContract contract;
    private final SubjectMistakes mistakes;
    private final WeightedSampler firstMistake = new WeightedSampler(FIRST_MISTAKE);
    private final WeightedSampler secondMistake = new WeightedSampler(personalDataOnly(FIRST_MISTAKE));
    private final SubjectDraft draft = new SubjectDraft();
    private final int[] order;
    private int drawn;

    SubjectGenerator(Registry registry, Provinces provinces, PersonFactory people, PopulationPyramid pyramid) {
        this.registry = registry;
        this.provinces = provinces;
        this.people = people;
        this.pyramid = pyramid;
        this.contract = new RegistryCheckContract(registry, provinces);
        this.mistakes = new SubjectMistakes(registry, provinces);
        this.order = new int[registry.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
    }

    void generate(SyntheticDataGenerator.Settings settings, SplittableRandom random, CsvWriter subjects,
            CsvWriter truth, DoseGenerator doses, SyntheticDataGenerator.Tally tally) {
        double wrongAmongRegistered = (settings.wrongShare() - settings.outsiderShare()) / (1 - settings.outsiderShare());
        for (int s = 0; s < settings.subjects(); s++) {
            draft.reset();
            if (random.nextDouble() < settings.outsiderShare()) {
                outsider(random);
            } else {
                registered(nextPerson(random), settings.seed(), random);
                if (random.nextDouble() < wrongAmongRegistered) {
                    mistakes(random);
                }
            }
            variations(random);
            RegistryCheckContract.Outcome outcome =
                    contract.check(draft.idNumber, draft.name, draft.writtenDate(), draft.writtenGender());
            String subjectId = "S" + Provinces.zeroPadded(s + 1L, 9);
            write(subjectId, outcome, subjects, truth);
            doses.write(subjectId, draft.birth, draft.communeCode);
            tally.count(outcome.status(), draft.corruptions, draft.variations);
        }
    }

    /** Registry people in random order, each once; past the last, a new round (people vaccinated twice). */
    private int nextPerson(SplittableRandom random) {
        if (drawn == order.length) {
            drawn = 0;
        }
        int pick = drawn + random.nextInt(order.length - drawn);
        int person = order[pick];
        order[pick] = order[drawn];
        order[drawn++] = person;
        return person;
    }

    private void registered(int person, long seed, SplittableRandom random) {
        draft.person = person;
        draft.idNumber = IdNumbers.format(registry.idNumber(person));
        draft.name = registry.fullName(person);
        draft.birth = registry.birth(person);
        draft.female = registry.isFemale(person);
        int age = PersonFactory.REFERENCE_YEAR - BirthDate.year(draft.birth);
        int contact = age < OWN_PHONE_FROM_AGE ? registry.householdStart(person) : person;
        draft.phone = random.nextDouble() < NO_PHONE ? "" : PhoneNumbers.of(seed, contact);
        double u = random.nextDouble();
        int commune = registry.commune(person);
        if (u < VACCINATED_IN_ANOTHER_PROVINCE) {
            commune = provinces.sampleCommune(provinces.sampleByPopulation(random), random);
        } else if (u < VACCINATED_IN_ANOTHER_PROVINCE + VACCINATED_IN_ANOTHER_COMMUNE) {
            commune = provinces.sampleCommune(provinces.provinceOfCommune(commune), random);
        }
        draft.communeCode = provinces.communeCode(commune);
        if (registry.hasOldIdNumber(person) && random.nextDouble() < OLD_NUMBER_AMONG_HOLDERS) {
            draft.idNumber = IdNumbers.formatOld(registry.oldIdNumber(person));
            draft.variations.add(Variation.ID_OLD_NUMBER);
        }
    }

    /** Someone missing from the registry extract, with a number nobody in it has, or none. */
    private void outsider(SplittableRandom random) {
        draft.corruptions.add(Corruption.NOT_IN_REGISTRY);
        int province = provinces.sampleByPopulation(random);
        int age = pyramid.sampleAge(random);
        draft.female = random.nextBoolean();
        draft.birth = people.birthDate(random, age);
        int year = BirthDate.year(draft.birth);
        NameForm form = NameForm.sample(random, year, draft.female);
        NameBook names = people.names();
        int family = names.sampleFamily(random, provinces.isSouthern(province));
        draft.name = names.fullName(family, form, names.sampleGiven(random, form, draft.female), draft.female);
        if (random.nextDouble() < OUTSIDER_WITHOUT_ID) {
            draft.corruptions.add(Corruption.ID_MISSING);
        } else {
            draft.idNumber = IdNumbers.format(
                    people.unregisteredIdNumber(random, provinces.prefix(province), year, draft.female));
        }
        draft.phone = PhoneNumbers.sample(random);
        draft.communeCode = provinces.communeCode(provinces.sampleCommune(province, random));
    }

    private void mistakes(SplittableRandom random) {
        for (int i = 0; i < MISTAKE_DRAWS; i++) {
            if (mistakes.apply(CORRUPTIONS[firstMistake.sample(random)], draft, random)) {
                break;
            }
        }
        if (random.nextDouble() < SECOND_MISTAKE) {
            for (int i = 0; i < MISTAKE_DRAWS; i++) {
                Corruption second = CORRUPTIONS[secondMistake.sample(random)];
                if (!hasMistakeIn(second.field()) && mistakes.apply(second, draft, random)) {
                    break;
                }
            }
        }
    }

    private boolean hasMistakeIn(Corruption.Field field) {
        for (Corruption made : draft.corruptions) {
            if (made.field() == field) {
                return true;
            }
        }
        return false;
    }

    /** A name typed with a legacy font is left as its bytes were read: no case or spacing change, no other form. */
    private boolean nameIsLegacyText() {
        return draft.corruptions.contains(Corruption.NAME_LEGACY_VNI) || draft.corruptions.contains(Corruption.NAME_LEGACY_TCVN3);
    }

    private void variations(SplittableRandom random) {
        if (draft.idIsPlainDigits() && random.nextDouble() < GROUPED_ID) {
            int kind = random.nextInt(3);
            char separator = kind == 0 ? ' ' : kind == 1 ? '.' : '-';
            draft.idNumber = IdNumberMistakes.grouped(draft.idNumber, separator);
            draft.variations.add(kind == 0 ? Variation.ID_WITH_SPACES
                    : kind == 1 ? Variation.ID_WITH_DOTS : Variation.ID_WITH_DASHES);
        }
        if (random.nextDouble() < OTHER_TONE_PLACEMENT) {
            vary(Variation.NAME_OTHER_TONE_PLACEMENT, NameVariations.otherTonePlacement(draft.name));
        }
        double caseChange = random.nextDouble();
        if (caseChange < NAME_UPPER_CASE) {
            vary(Variation.NAME_UPPER_CASE, NameVariations.upperCase(draft.name));
        } else if (caseChange < NAME_UPPER_CASE + NAME_LOWER_CASE) {
            vary(Variation.NAME_LOWER_CASE, NameVariations.lowerCase(draft.name));
        }
        if (random.nextDouble() < NAME_EXTRA_SPACES) {
            vary(Variation.NAME_EXTRA_SPACES, NameVariations.extraSpaces(draft.name, random));
        }
        // Last, so that no later edit composes the letters again.
        if (random.nextDouble() < NAME_NFD) {
            vary(Variation.NAME_NFD, NameVariations.nfd(draft.name));
        }
        if (!BirthDate.isYearOnly(draft.birth)) {
            double u = random.nextDouble();
            draft.dateFormat = u < DATE_DD_MM_YYYY ? ClerkWriting.DateFormat.DD_MM_YYYY
                    : u < DATE_DD_MM_YYYY + DATE_D_M_YYYY ? ClerkWriting.DateFormat.D_M_YYYY
                    : ClerkWriting.DateFormat.ISO;
            if (draft.dateFormat == ClerkWriting.DateFormat.DD_MM_YYYY) {
                draft.variations.add(Variation.DOB_DD_MM_YYYY);
            } else if (draft.dateFormat == ClerkWriting.DateFormat.D_M_YYYY) {
                draft.variations.add(Variation.DOB_D_M_YYYY);
            }
        }
        if (random.nextDouble() < GENDER_AS_WORD) {
            draft.genderAsWord = true;
            draft.variations.add(Variation.GENDER_AS_WORD);
        }
    }

    /** Records a variation only when it changed what is written. */
    private void vary(Variation variation, String name) {
        if (!name.equals(draft.name) && !nameIsLegacyText()) {
            draft.name = name;
            draft.variations.add(variation);
        }
    }

    private void write(String subjectId, RegistryCheckContract.Outcome outcome, CsvWriter subjects, CsvWriter truth) {
        subjects.field(subjectId)
                .field(draft.name)
                .field(draft.writtenDate())
                .field(draft.writtenGender())
                .field(draft.idNumber)
                .field(draft.phone)
                .field(draft.communeCode)
                .endRow();
        truth.field(subjectId)
                .field(draft.person < 0 ? "" : IdNumbers.format(registry.idNumber(draft.person)))
                .field(outcome.status().name())
                .field(outcome.mismatchedFields())
                .field(outcome.person() < 0 ? "" : IdNumbers.format(registry.idNumber(outcome.person())))
                .field(tags(draft.corruptions))
                .field(tags(draft.variations))
                .field(tags(traits()))
                .endRow();
    }

    private java.util.EnumSet<PersonTrait> traits() {
        java.util.EnumSet<PersonTrait> traits = java.util.EnumSet.noneOf(PersonTrait.class);
        if (draft.person >= 0 && registry.twinOf(draft.person) >= 0) {
            traits.add(PersonTrait.TWIN);
        }
        if (draft.person >= 0 && registry.hasMinorityName(draft.person)) {
            traits.add(PersonTrait.MINORITY_NAME);
        }
        return traits;
    }

    private static String tags(Iterable<? extends Enum<?>> values) {
        StringBuilder out = new StringBuilder();
        for (Enum<?> value : values) {
            if (out.length() > 0) {
                out.append(RegistryCheckContract.FIELD_SEPARATOR);
            }
            out.append(value.name());
        }
        return out.toString();
    }

    private static void weigh(Corruption corruption, double weight) {
        FIRST_MISTAKE[corruption.ordinal()] = weight;
    }

    private static double[] personalDataOnly(double[] weights) {
        double[] personal = weights.clone();
        for (Corruption corruption : Corruption.values()) {
            if (corruption.field() == Corruption.Field.ID_NUMBER) {
                personal[corruption.ordinal()] = 0;
            }
        }
        return personal;
    }
}
