package vn.vaxpass.synthetic;

import java.util.SplittableRandom;

/**
 * Ten-digit Vietnamese mobile numbers under the prefixes in use since the 2018 renumbering (03x, 05x, 07x, 08x, 09x),
 * weighted roughly by the operators' shares: Viettel, Vinaphone, MobiFone, Vietnamobile, Gmobile.
 */
final class PhoneNumbers {

    private static final String[] PREFIXES = {
        // Viettel
        "032", "033", "034", "035", "036", "037", "038", "039", "086", "096", "097", "098",
        // Vinaphone
        "081", "082", "083", "084", "085", "088", "091", "094",
        // MobiFone
        "070", "076", "077", "078", "079", "089", "090", "093",
        // Vietnamobile, Gmobile
        "052", "056", "058", "092", "059", "099"};
    private static final double[] WEIGHTS = {
        5, 5, 5, 5, 5, 5, 5, 5, 3, 5, 5, 5,
        4, 4, 4, 4, 4, 3, 5, 5,
        4, 3, 3, 3, 3, 3, 4, 4,
        1, 1, 1, 1, 0.5, 0.5};
    private static final WeightedSampler SAMPLER = new WeightedSampler(WEIGHTS);
    private static final int SUBSCRIBER_DIGITS = 7;
    private static final int SUBSCRIBERS = 10_000_000;

    private PhoneNumbers() {
    }

    static String sample(SplittableRandom random) {
        return PREFIXES[SAMPLER.sample(random)]
                + Provinces.zeroPadded(random.nextInt(SUBSCRIBERS), SUBSCRIBER_DIGITS);
    }

    /** The same number every time for the same person of the same run: a person keeps their phone. */
    static String of(long seed, int person) {
        return sample(new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (person + 1L))));
    }
}
