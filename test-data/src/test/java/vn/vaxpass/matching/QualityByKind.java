package vn.vaxpass.matching;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import vn.vaxpass.registry.RegistryEntry;
import vn.vaxpass.registry.RegistryView;
import vn.vaxpass.synthetic.PersonTrait;
import vn.vaxpass.synthetic.TruthFile;

/**
 * Suggestion figures for each kind of record (each mistake, each hard person, and records with two mistakes), over
 * the records with wrong data whose person is in the registry: recall (the right person suggested) and the
 * bulk-confirmable share (the right person suggested at confidence ≥ 0.9); and the confident suggestions of a
 * twin's record that name the other twin, which must never happen.
 */
final class QualityByKind {

    static final String TWO_MISTAKES = "TWO_MISTAKES";

    private final Map<String, long[]> byKind = new TreeMap<>();
    private long confidentWrongTwin;

    void add(TruthFile.Expected expected, MatchOutcome outcome, RegistryView registry) {
        if (expected.status() == MatchStatus.VERIFIED || expected.trueIdNumber() == null) {
            return;
        }
        boolean right = expected.trueIdNumber().equals(outcome.suggestedIdNumber());
        boolean confident = outcome.confidence() != null && outcome.confidence() >= MatchQuality.BULK_CONFIDENCE;
        for (String kind : expected.kinds()) {
            count(kind, right, confident);
        }
        if (expected.mistakes() >= 2) {
            count(TWO_MISTAKES, right, confident);
        }
        if (confident && !right && outcome.suggestedIdNumber() != null
                && expected.kinds().contains(PersonTrait.TWIN.name())
                && isTwin(registry, expected.trueIdNumber(), outcome.suggestedIdNumber())) {
            confidentWrongTwin++;
        }
    }

    private void count(String kind, boolean right, boolean confident) {
        long[] counts = byKind.computeIfAbsent(kind, k -> new long[3]);
        counts[0]++;
        if (right) {
            counts[1]++;
            if (confident) {
                counts[2]++;
            }
        }
    }

    /** Same birth date and commune, and a name that starts with the same family name: the other twin. */
    private static boolean isTwin(RegistryView registry, String trueIdNumber, String suggestedIdNumber) {
        RegistryEntry truePerson = registry.byIdNumber(trueIdNumber).orElseThrow();
        RegistryEntry suggested = registry.byIdNumber(suggestedIdNumber).orElse(null);
        return suggested != null && suggested.dateOfBirth().equals(truePerson.dateOfBirth())
                && suggested.communeCode().equals(truePerson.communeCode());
    }

    long confidentWrongTwin() {
        return confidentWrongTwin;
    }

    /** The bulk-confirmable share of one kind's records (1 when there are none). */
    double bulkConfirmable(String kind) {
        long[] counts = byKind.get(kind);
        return counts == null || counts[0] == 0 ? 1.0 : (double) counts[2] / counts[0];
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-32s %8s %8s %8s%n", "kind", "records",
                "recall", "bulk"));
        byKind.forEach((kind, counts) -> out.append(String.format(Locale.ROOT, "%-32s %8d %7.1f%% %7.1f%%%n", kind,
                counts[0], 100.0 * counts[1] / counts[0], 100.0 * counts[2] / counts[0])));
        out.append("confident suggestions of the wrong twin: ").append(confidentWrongTwin).append(System.lineSeparator());
        return out.toString();
    }
}
