package vn.vaxpass.synthetic;

import java.util.SplittableRandom;

/**
 * The ages, sexes and family names of one household, drawn around one person whose age comes from the population
 * pyramid: a child with parents, siblings and sometimes a grandparent; a young adult still with parents, in a young
 * couple or alone; a couple with children and sometimes an old parent; an old person with a spouse, with a son's family
 * or alone. Relatives' ages come from the pyramid too, within the gaps that make them parents, spouses or children, so
 * the whole stays close to the pyramid.
 *
 * <p>Vietnamese children take their father's family name and women keep theirs when they marry: members marked
 * {@link #sharesFamilyName(int)} carry the household's family name, the others (wives, a grandmother) their own. The
 * first member is always an adult: the household's contact.
 */
final class HouseholdComposer {

    static final int MAX_MEMBERS = 12;
    private static final int ADULT = 18;
    private static final double SHARE_FEMALE_AMONG_OLD = 0.58;

    private final PopulationPyramid pyramid;
    private final int[] age = new int[MAX_MEMBERS];
    private final boolean[] female = new boolean[MAX_MEMBERS];
    private final boolean[] sharesFamily = new boolean[MAX_MEMBERS];
    private int size;

    HouseholdComposer(PopulationPyramid pyramid) {
        this.pyramid = pyramid;
    }

    /** Draws the next household; read it with {@link #size()} and the accessors. */
    void compose(SplittableRandom random) {
        size = 0;
        int anchor = pyramid.sampleAge(random);
        if (anchor < ADULT) {
            withParents(random, anchor, random.nextInt(100) < 80 ? 2 : 1);
        } else if (anchor < 30) {
            double u = random.nextDouble();
            if (u < 0.45) {
                withParents(random, anchor, 1);
            } else if (u < 0.75) {
                couple(random, anchor, new int[] {50, 35, 15});
            } else {
                add(anchor, random.nextBoolean(), true);
            }
        } else if (anchor < 65) {
            if (random.nextInt(100) < 85) {
                // From their fifties on, most children have left home.
                couple(random, anchor, anchor < 50 ? new int[] {15, 30, 35, 15, 5} : new int[] {45, 35, 15, 5});
            } else {
                add(anchor, random.nextBoolean(), true);
            }
            if (random.nextInt(100) < 25) {
                int headAge = age[0];
                boolean mother = random.nextDouble() < SHARE_FEMALE_AMONG_OLD;
                add(pyramid.sampleAgeBetween(random, headAge + 20, headAge + 40), mother, !mother);
            }
        } else {
            elder(random, anchor);
        }
    }

    int size() {
        return size;
    }

    int age(int member) {
        return age[member];
    }

    boolean isFemale(int member) {
        return female[member];
    }

    boolean sharesFamilyName(int member) {
        return sharesFamily[member];
    }

    /** A child (or young adult) with one or two parents, 0 to 2 siblings and sometimes a grandparent. */
    private void withParents(SplittableRandom random, int childAge, int parents) {
        int fatherAge = pyramid.sampleAgeBetween(random, childAge + 20, childAge + 45);
        int motherAge = pyramid.sampleAgeBetween(random,
                Math.max(childAge + 18, fatherAge - 12), Math.min(childAge + 42, fatherAge + 3));
        if (parents == 2) {
            add(fatherAge, false, true);
        }
        add(motherAge, true, parents == 1);
        add(childAge, random.nextBoolean(), true);
        int siblings = pick(random, new int[] {45, 40, 15});
        for (int i = 0; i < siblings; i++) {
            add(pyramid.sampleAgeBetween(random, childAge - 8, Math.min(motherAge - ADULT, childAge + 8)),
                    random.nextBoolean(), true);
        }
        if (random.nextInt(100) < 20 && fatherAge + 20 <= PopulationPyramid.MAX_AGE) {
            boolean grandmother = random.nextDouble() < SHARE_FEMALE_AMONG_OLD;
            add(pyramid.sampleAgeBetween(random, fatherAge + 20, fatherAge + 40), grandmother, !grandmother);
        }
    }

    /** A couple, the husband first, with children drawn from {@code childWeights} (weights of 0, 1, 2... children). */
    private void couple(SplittableRandom random, int anchor, int[] childWeights) {
        boolean anchorIsWife = random.nextBoolean();
        int husbandAge = anchorIsWife ? pyramid.sampleAgeBetween(random, Math.max(ADULT, anchor - 1), anchor + 8) : anchor;
        int wifeAge = anchorIsWife ? anchor : pyramid.sampleAgeBetween(random, Math.max(ADULT, anchor - 8), anchor + 1);
        add(husbandAge, false, true);
        add(wifeAge, true, false);
        int children = pick(random, childWeights);
        for (int i = 0; i < children && wifeAge >= ADULT + 1; i++) {
            add(pyramid.sampleAgeBetween(random, wifeAge - 42, wifeAge - ADULT - 1), random.nextBoolean(), true);
        }
    }

    /** An old person: with a spouse, with a son's family (son, daughter-in-law, grandchildren) or alone. */
    private void elder(SplittableRandom random, int anchor) {
        boolean anchorFemale = random.nextDouble() < SHARE_FEMALE_AMONG_OLD;
        add(anchor, anchorFemale, !anchorFemale);
        double u = random.nextDouble();
        if (u < 0.50) {
            int spouseAge = anchorFemale
                    ? pyramid.sampleAgeBetween(random, anchor, anchor + 8)
                    : pyramid.sampleAgeBetween(random, anchor - 8, anchor);
            add(spouseAge, !anchorFemale, anchorFemale);
        } else if (u < 0.85) {
            int sonAge = pyramid.sampleAgeBetween(random, Math.max(ADULT, anchor - 42), anchor - 20);
            int daughterInLawAge = pyramid.sampleAgeBetween(random, Math.max(ADULT, sonAge - 8), sonAge + 1);
            add(sonAge, false, true);
            add(daughterInLawAge, true, false);
            int grandchildren = pick(random, new int[] {20, 40, 40});
            for (int i = 0; i < grandchildren && daughterInLawAge >= ADULT + 1; i++) {
                add(pyramid.sampleAgeBetween(random, daughterInLawAge - 42, daughterInLawAge - ADULT - 1),
                        random.nextBoolean(), true);
            }
        }
    }

    private void add(int memberAge, boolean isFemale, boolean shares) {
        if (size < MAX_MEMBERS) {
            age[size] = memberAge;
            female[size] = isFemale;
            sharesFamily[size] = shares;
            size++;
        }
    }

    /** An index drawn with the given integer weights. */
    private static int pick(SplittableRandom random, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int u = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
