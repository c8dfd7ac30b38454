package vn.vaxpass.synthetic;

import java.util.SplittableRandom;

/** Draws an index with probability proportional to its weight: a cumulative table and a binary search. */
final class WeightedSampler {

    private final double[] cumulative;

    WeightedSampler(double[] weights) {
        cumulative = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("negative weight at " + i);
            }
            total += weights[i];
            cumulative[i] = total;
        }
        if (total <= 0) {
            throw new IllegalArgumentException("no positive weight");
        }
    }

    /**
     * Weights 1/rank^exponent for ranks 1..size: the skewed, long-tailed frequency of names (Zipf's law), so that the
     * first few repeat often and the tail stays possible.
     */
    static WeightedSampler zipf(int size, double exponent) {
        double[] weights = new double[size];
        for (int rank = 1; rank <= size; rank++) {
            weights[rank - 1] = 1 / Math.pow(rank, exponent);
        }
        return new WeightedSampler(weights);
    }

    int sample(SplittableRandom random) {
        return indexOf(random.nextDouble() * cumulative[cumulative.length - 1]);
    }

    /** An index in {@code [from, to]} with probability proportional to its weight among those. */
    int sampleBetween(SplittableRandom random, int from, int to) {
        double below = from == 0 ? 0 : cumulative[from - 1];
        double span = cumulative[to] - below;
        if (span <= 0) {
            return from + random.nextInt(to - from + 1);
        }
        return Math.min(to, Math.max(from, indexOf(below + random.nextDouble() * span)));
    }

    /** The probability of index {@code i}. */
    double share(int i) {
        return (cumulative[i] - (i == 0 ? 0 : cumulative[i - 1])) / cumulative[cumulative.length - 1];
    }

    private int indexOf(double point) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > point) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
