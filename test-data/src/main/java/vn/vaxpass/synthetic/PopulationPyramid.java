package vn.vaxpass.synthetic;

import java.util.List;
import java.util.SplittableRandom;

/** Ages 0 to 100 weighted by Viet Nam's population pyramid ({@code age-pyramid.tsv}). */
final class PopulationPyramid {

    static final int MAX_AGE = 100;

    /** Each five years past the last band's start, a third fewer people are alive. */
    private static final double OLDEST_BAND_DECLINE_PER_YEAR = Math.pow(2.0 / 3.0, 1.0 / 5.0);

    private final WeightedSampler ages;

    PopulationPyramid() {
        double[] weights = new double[MAX_AGE + 1];
        List<String[]> bands = TableResource.rows("age-pyramid.tsv");
        for (String[] band : bands) {
            int from = Integer.parseInt(band[0]);
            int to = Integer.parseInt(band[1]);
            double share = Double.parseDouble(band[2]);
            double[] shape = new double[to - from + 1];
            double shapeTotal = 0;
            for (int i = 0; i < shape.length; i++) {
                shape[i] = to - from > 5 ? Math.pow(OLDEST_BAND_DECLINE_PER_YEAR, i) : 1;
                shapeTotal += shape[i];
            }
            for (int i = 0; i < shape.length; i++) {
                weights[from + i] = share * shape[i] / shapeTotal;
            }
        }
        ages = new WeightedSampler(weights);
    }

    int sampleAge(SplittableRandom random) {
        return ages.sample(random);
    }

    /**
     * An age between {@code from} and {@code to}, clamped to 0..100, weighted by the pyramid: the age of a relative
     * (a parent 20 to 40 years older, a spouse a few years apart) who is as likely to be alive as the pyramid says.
     */
    int sampleAgeBetween(SplittableRandom random, int from, int to) {
        int low = Math.max(0, Math.min(MAX_AGE, from));
        int high = Math.max(low, Math.min(MAX_AGE, to));
        return ages.sampleBetween(random, low, high);
    }

    /** The pyramid's share of people aged {@code from} to {@code to}, for tests of proportions. */
    double shareBetween(int from, int to) {
        double share = 0;
        for (int age = from; age <= to; age++) {
            share += ages.share(age);
        }
        return share;
    }
}
