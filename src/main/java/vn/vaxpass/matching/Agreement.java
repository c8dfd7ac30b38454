package vn.vaxpass.matching;

/**
 * How well one field of a subject agrees with a registry person's: exactly (canonically equal), close
 * (the kind of difference data entry makes: missing diacritics, a typo, swapped day and month), or not.
 */
public enum Agreement {
    EXACT(1.0),
    CLOSE(0.8),
    PARTIAL(0.5),
    NONE(0.0);

    private final double weight;

    Agreement(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }

    public boolean atLeast(Agreement other) {
        return weight >= other.weight;
    }
}
