package vn.vaxpass.synthetic;

import java.util.SplittableRandom;

/** Dates of birth, names and ID numbers of new people, shared by the registry's households and the outsiders. */
final class PersonFactory {

    /** The registry extract is of 2022: ages are completed years then. */
    static final int REFERENCE_YEAR = 2022;

    /** Births before this year were often registered with the year alone. */
    private static final int YEAR_ONLY_COMMON_BEFORE = 1945;
    private static final double YEAR_ONLY_BEFORE_1945 = 0.60;
    private static final int YEAR_ONLY_SOMETIMES_BEFORE = 1960;
    private static final double YEAR_ONLY_BEFORE_1960 = 0.10;

    /** Identity cards (CMND) went to people 14 and older until 2021; four in ten of the eligible still have theirs. */
    private static final int LAST_BIRTH_YEAR_WITH_OLD_ID = 2007;
    private static final double OLD_ID_AMONG_ELIGIBLE = 0.40;
    /** CMND numbers begin with 0 to 3 (their first digits were a province code, not modelled here). */
    private static final int OLD_ID_SPAN = 400_000_000;

    /**
     * A real block of numbers (province, century and sex, year) holds thousands of people in a million tails, so a
     * one-digit typo often lands on someone real; ours holds a few hundred. To keep that hazard, this share of people
     * get a tail one digit away from the previous person of their block.
     */
    private static final double NEAR_TWIN_SHARE = 0.04;
    private static final int BLOCKS = 100_000;

    private final NameBook names;
    private final Registry registry;
    private final int[] lastTailPlusOneInBlock = new int[BLOCKS];

    PersonFactory(NameBook names, Registry registry) {
        this.names = names;
        this.registry = registry;
    }

    int birthDate(SplittableRandom random, int age) {
        int year = REFERENCE_YEAR - age;
        double yearOnly = year < YEAR_ONLY_COMMON_BEFORE ? YEAR_ONLY_BEFORE_1945
                : year < YEAR_ONLY_SOMETIMES_BEFORE ? YEAR_ONLY_BEFORE_1960 : 0;
        return random.nextDouble() < yearOnly ? BirthDate.yearOnly(year) : BirthDate.randomDayOf(year, random);
    }

    NameBook names() {
        return names;
    }

    /** A new, unique 12-digit number for someone born in that province and year. */
    long newIdNumber(SplittableRandom random, int provincePrefix, int birthYear, boolean female) {
        long base = IdNumbers.compose(provincePrefix, birthYear, female, 0);
        int block = (int) (base / IdNumbers.TAIL_SPAN);
        int previousTail = lastTailPlusOneInBlock[block] - 1;
        long id;
        if (previousTail >= 0 && random.nextDouble() < NEAR_TWIN_SHARE) {
            id = base + oneDigitChanged(random, previousTail);
        } else {
            id = base + random.nextInt((int) IdNumbers.TAIL_SPAN);
        }
        while (registry.isTaken(id)) {
            id = base + random.nextInt((int) IdNumbers.TAIL_SPAN);
        }
        lastTailPlusOneInBlock[block] = IdNumbers.tail(id) + 1;
        return id;
    }

    /** A 12-digit number that no registry person has: someone missing from the extract. */
    long unregisteredIdNumber(SplittableRandom random, int provincePrefix, int birthYear, boolean female) {
        long base = IdNumbers.compose(provincePrefix, birthYear, female, 0);
        long id;
        do {
            id = base + random.nextInt((int) IdNumbers.TAIL_SPAN);
        } while (registry.isTaken(id));
        return id;
    }

    /** A unique old 9-digit number for some of those old enough to have had one, else {@link Registry#NO_OLD_ID}. */
    int oldIdNumber(SplittableRandom random, int birthYear) {
        if (birthYear > LAST_BIRTH_YEAR_WITH_OLD_ID || random.nextDouble() >= OLD_ID_AMONG_ELIGIBLE) {
            return Registry.NO_OLD_ID;
        }
        int old;
        do {
            old = random.nextInt(OLD_ID_SPAN);
        } while (registry.isTaken(old));
        return old;
    }

    private static int oneDigitChanged(SplittableRandom random, int tail) {
        int power = 1;
        for (int i = random.nextInt(6); i > 0; i--) {
            power *= 10;
        }
        int digit = tail / power % 10;
        int other = (digit + 1 + random.nextInt(9)) % 10;
        return tail + (other - digit) * power;
    }
}
