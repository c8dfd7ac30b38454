package vn.vaxpass.synthetic;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Family names by their real frequency and given names with a skewed frequency, so that full names repeat as they do
 * in a real registry: name collisions are what makes matching hard.
 *
 * <p>Given names come from {@code boy.txt} and {@code girl.txt}, which carry no frequencies. Two-word given names are
 * ranked by a fixed shuffle (the same for every seed), then drawn with Zipf weights 1/rank^{@value #PAIR_EXPONENT}.
 * One-word given names (after Văn or Thị) are the last words of the lists, ranked by how many entries end with them
 * (Minh, Sơn, Dũng, Anh... for boys), drawn with 1/rank^{@value #WORD_EXPONENT}.
 */
final class NameBook {

    private static final double PAIR_EXPONENT = 0.7;
    private static final double WORD_EXPONENT = 0.6;
    /** The ranking of two-word names is part of the data model, not of a run: a constant seed. */
    private static final long PAIR_RANKING_SEED = 0x5EED_2022L;
    /** Share of a Hoàng/Vũ family spelt the southern way (Huỳnh/Võ) in the south, and in the north. */
    private static final double SOUTHERN_SPELLING_IN_SOUTH = 0.80;
    private static final double SOUTHERN_SPELLING_IN_NORTH = 0.05;
    private static final char ETH = '\u00D0';
    private static final char D_STROKE = '\u0110';

    private final List<String> familyNames = new ArrayList<>();
    private final WeightedSampler northernFamilies;
    private final WeightedSampler southernFamilies;
    private final GivenNames boys;
    private final GivenNames girls;
    private final MinorityNames minority = new MinorityNames(TableResource.rows("minority-names.tsv"));

    NameBook() {
        List<String[]> rows = TableResource.rows("family-names.tsv");
        List<Double> north = new ArrayList<>();
        List<Double> south = new ArrayList<>();
        for (String[] row : rows) {
            double share = Double.parseDouble(row[1]);
            familyNames.add(row[0]);
            boolean twoSpellings = !row[2].isEmpty();
            north.add(twoSpellings ? share * (1 - SOUTHERN_SPELLING_IN_NORTH) : share);
            south.add(twoSpellings ? share * (1 - SOUTHERN_SPELLING_IN_SOUTH) : share);
            if (twoSpellings) {
                familyNames.add(row[2]);
                north.add(share * SOUTHERN_SPELLING_IN_NORTH);
                south.add(share * SOUTHERN_SPELLING_IN_SOUTH);
            }
        }
        northernFamilies = new WeightedSampler(north.stream().mapToDouble(Double::doubleValue).toArray());
        southernFamilies = new WeightedSampler(south.stream().mapToDouble(Double::doubleValue).toArray());
        boys = new GivenNames(TableResource.lines("boy.txt"));
        girls = new GivenNames(TableResource.lines("girl.txt"));
    }

    int sampleFamily(SplittableRandom random, boolean southern) {
        return (southern ? southernFamilies : northernFamilies).sample(random);
    }

    String familyName(int family) {
        return familyNames.get(family);
    }

    /** A clan name of a minority household (index into the minority family names). */
    int sampleMinorityFamily(SplittableRandom random) {
        return random.nextInt(minority.families.size());
    }

    /** A given name (index into the list the form draws from) for someone of that sex. */
    int sampleGiven(SplittableRandom random, NameForm form, boolean female) {
        if (form == NameForm.MINORITY) {
            return random.nextInt((female ? minority.female : minority.male).size());
        }
        if (form == NameForm.SINGLE) {
            return random.nextInt(minority.single.size());
        }
        GivenNames names = female ? girls : boys;
        return form == NameForm.MARKER_AND_NAME ? names.words.sample(random) : names.pairs.sample(random);
    }

    /** The full name, family name first, in NFC with single spaces. */
    String fullName(int family, NameForm form, int given, boolean female) {
        if (form == NameForm.MINORITY) {
            return female ? MinorityNames.WOMAN + minority.female.get(given) + ' ' + minority.families.get(family)
                    : MinorityNames.MAN + minority.male.get(given) + ' ' + minority.families.get(family);
        }
        if (form == NameForm.SINGLE) {
            return minority.single.get(given);
        }
        GivenNames names = female ? girls : boys;
        String familyName = familyNames.get(family);
        return switch (form) {
            case MINORITY, SINGLE -> throw new IllegalStateException(form.name());
            case PAIR -> familyName + ' ' + names.rankedPairs.get(given);
            case MARKER_AND_NAME -> familyName + ' ' + NameForm.marker(female) + ' ' + names.rankedWords.get(given);
            case MARKER_AND_PAIR -> familyName + ' ' + NameForm.marker(female) + ' ' + names.rankedPairs.get(given);
        };
    }

    /** Names of the Central Highlands minorities ({@code minority-names.tsv}), drawn uniformly. */
    private static final class MinorityNames {

        /** Written before a man's given name, and before a woman's (joined to it by the apostrophe). */
        static final String MAN = "Y ";
        static final String WOMAN = "H'";

        final List<String> families = new ArrayList<>();
        final List<String> male = new ArrayList<>();
        final List<String> female = new ArrayList<>();
        final List<String> single = new ArrayList<>();

        MinorityNames(List<String[]> rows) {
            for (String[] row : rows) {
                String name = Normalizer.normalize(row[1], Normalizer.Form.NFC);
                switch (row[0]) {
                    case "family" -> families.add(name);
                    case "male" -> male.add(name);
                    case "female" -> female.add(name);
                    case "single" -> single.add(name);
                    default -> throw new IllegalStateException("minority-names.tsv: unknown kind " + row[0]);
                }
            }
        }
    }

    /** The given names of one sex, ranked by assumed popularity. */
    private static final class GivenNames {

        final List<String> rankedPairs;
        final List<String> rankedWords;
        final WeightedSampler pairs;
        final WeightedSampler words;

        GivenNames(List<String> lines) {
            LinkedHashSet<String> distinct = new LinkedHashSet<>();
            for (String line : lines) {
                distinct.add(Normalizer.normalize(line.replace(ETH, D_STROKE), Normalizer.Form.NFC));
            }
            rankedPairs = new ArrayList<>(distinct);
            SplittableRandom shuffle = new SplittableRandom(PAIR_RANKING_SEED);
            for (int i = rankedPairs.size() - 1; i > 0; i--) {
                int j = shuffle.nextInt(i + 1);
                rankedPairs.set(i, rankedPairs.set(j, rankedPairs.get(i)));
            }
            rankedWords = wordsByEndingCount(distinct);
            pairs = WeightedSampler.zipf(rankedPairs.size(), PAIR_EXPONENT);
            words = WeightedSampler.zipf(rankedWords.size(), WORD_EXPONENT);
        }

        /** Last words of the list, most frequent first, ties in order of first appearance. */
        private static List<String> wordsByEndingCount(LinkedHashSet<String> pairs) {
            Map<String, Integer> counts = new HashMap<>();
            List<String> order = new ArrayList<>();
            for (String pair : pairs) {
                String last = pair.substring(pair.lastIndexOf(' ') + 1);
                if (counts.merge(last, 1, Integer::sum) == 1) {
                    order.add(last);
                }
            }
            List<String> ranked = new ArrayList<>(order);
            // A stable sort keeps first appearance among equal counts.
            ranked.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
            return ranked;
        }
    }
}
