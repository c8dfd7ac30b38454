package vn.vaxpass.synthetic;

import java.util.SplittableRandom;

/**
 * How a Vietnamese full name is put together after the family name. Văn and Thị, the classic middle names of men and
 * women, grow rarer with each generation; women born since the 1970s often keep Thị before a two-word given name
 * ("Nguyễn Thị Thu Hằng").
 */
enum NameForm {
    /** A middle and a given name from the list: "Nguyễn Minh Khang". */
    PAIR,
    /** Văn or Thị and one given name: "Nguyễn Văn Hùng", "Trần Thị Lan". */
    MARKER_AND_NAME,
    /** Thị before a middle and given name: "Nguyễn Thị Thu Hằng". */
    MARKER_AND_PAIR,
    /** A Central Highlands name, given name first and clan name last: "Y Moan Êban", "H'Hen Niê". */
    MINORITY,
    /** A single word, the whole name: "Pó". */
    SINGLE;

    /** Share of the names of a minority household that are a single word. */
    private static final double SINGLE_AMONG_MINORITY = 0.2;

    private static final NameForm[] VALUES = values();

    static NameForm of(int ordinal) {
        return VALUES[ordinal];
    }

    static String marker(boolean female) {
        return female ? "Thị" : "Văn";
    }

    /** The form of a name in a minority household: mostly {@link #MINORITY}, sometimes {@link #SINGLE}. */
    static NameForm sampleMinority(SplittableRandom random) {
        return random.nextDouble() < SINGLE_AMONG_MINORITY ? SINGLE : MINORITY;
    }

    boolean isMinority() {
        return this == MINORITY || this == SINGLE;
    }

    /** The form of a name given to someone born in {@code birthYear}. */
    static NameForm sample(SplittableRandom random, int birthYear, boolean female) {
        double u = random.nextDouble();
        if (!female) {
            double marker = birthYear < 1975 ? 0.70 : birthYear < 2000 ? 0.40 : 0.15;
            return u < marker ? MARKER_AND_NAME : PAIR;
        }
        double markerAndName = birthYear < 1975 ? 0.75 : birthYear < 2000 ? 0.40 : 0.15;
        double markerAndPair = birthYear < 1975 ? 0.15 : birthYear < 2000 ? 0.30 : 0.25;
        return u < markerAndName ? MARKER_AND_NAME : u < markerAndName + markerAndPair ? MARKER_AND_PAIR : PAIR;
    }
}
