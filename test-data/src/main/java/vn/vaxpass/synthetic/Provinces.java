package vn.vaxpass.synthetic;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The 63 provinces of before July 2025 ({@code provinces.tsv}): the three-digit prefix of 12-digit ID numbers,
 * population weights for where people live and were born, and each province's communes.
 *
 * <p>Commune codes are GSO-like, not real: five digits, numbered in steps of three across the provinces in the order of
 * their codes (GSO numbered the real ones that way, from 00001 in Hà Nội to about 32,000 in Cà Mau), about 10,600 of
 * them as Viet Nam had, shared out by population with at least {@value #MIN_COMMUNES} a province.
 */
final class Provinces {

    /** Viet Nam's communes, wards and townships at the end of 2021. */
    private static final int COMMUNES = 10_600;
    private static final int MIN_COMMUNES = 60;
    private static final int COMMUNE_CODE_STEP = 3;

    /**
     * GSO code of Quảng Bình: from there southwards lay Đàng Trong of the Nguyễn lords, where Hoàng became Huỳnh and
     * Vũ became Võ.
     */
    private static final int FIRST_SOUTHERN_GSO_CODE = 44;

    private static final int PREFIXES = 1000;

    private final int[] prefixes;
    private final int[] gsoCodes;
    private final String[] names;
    private final int[] firstCommune;
    private final int[] communeCount;
    private final int[] provinceOfPrefix = new int[PREFIXES];
    private final WeightedSampler byPopulation;
    private final int[] unknownPrefixes;

    Provinces() {
        List<String[]> rows = TableResource.rows("provinces.tsv");
        int size = rows.size();
        prefixes = new int[size];
        gsoCodes = new int[size];
        names = new String[size];
        double[] population = new double[size];
        Arrays.fill(provinceOfPrefix, -1);
        double total = 0;
        for (int p = 0; p < size; p++) {
            String[] row = rows.get(p);
            prefixes[p] = Integer.parseInt(row[0]);
            gsoCodes[p] = Integer.parseInt(row[1]);
            names[p] = row[2];
            population[p] = Double.parseDouble(row[3]);
            provinceOfPrefix[prefixes[p]] = p;
            total += population[p];
        }
        byPopulation = new WeightedSampler(population);
        firstCommune = new int[size];
        communeCount = new int[size];
        int next = 0;
        for (int p = 0; p < size; p++) {
            firstCommune[p] = next;
            communeCount[p] = Math.max(MIN_COMMUNES, (int) Math.round(COMMUNES * population[p] / total));
            next += communeCount[p];
        }
        unknownPrefixes = new int[100 - size];
        int u = 0;
        // Only prefixes below 100 look like real ones; 000 is as unknown as 003.
        for (int prefix = 0; prefix < 100; prefix++) {
            if (provinceOfPrefix[prefix] < 0) {
                unknownPrefixes[u++] = prefix;
            }
        }
    }

    /** The province whose ID-number prefix this is, or -1 for an unknown prefix. */
    int ofPrefix(int prefix) {
        return prefix >= 0 && prefix < PREFIXES ? provinceOfPrefix[prefix] : -1;
    }

    boolean isKnownPrefix(int prefix) {
        return ofPrefix(prefix) >= 0;
    }

    int prefix(int province) {
        return prefixes[province];
    }

    boolean isSouthern(int province) {
        return gsoCodes[province] >= FIRST_SOUTHERN_GSO_CODE;
    }

    int sampleByPopulation(SplittableRandom random) {
        return byPopulation.sample(random);
    }

    /** A commune of the province, as an index over all communes. */
    int sampleCommune(int province, SplittableRandom random) {
        return firstCommune[province] + random.nextInt(communeCount[province]);
    }

    int provinceOfCommune(int commune) {
        int found = Arrays.binarySearch(firstCommune, commune);
        return found >= 0 ? found : -found - 2;
    }

    /** Communes of all provinces; their indexes are 0 to this count less one. */
    int communeCount() {
        int last = firstCommune.length - 1;
        return firstCommune[last] + communeCount[last];
    }

    /** The two-digit GSO code of a province. */
    String gsoCode(int province) {
        return zeroPadded(gsoCodes[province], 2);
    }

    /** A made-up name for a commune index: its number in its province, and the province's name. */
    String communeName(int commune) {
        int province = provinceOfCommune(commune);
        return "Xã " + (commune - firstCommune[province] + 1) + " (" + names[province] + ")";
    }

    /** The five-digit code of a commune index. */
    String communeCode(int commune) {
        return zeroPadded(1 + COMMUNE_CODE_STEP * commune, 5);
    }

    /** A three-digit prefix below 100 that no province has: how a mistyped province code looks. */
    int sampleUnknownPrefix(SplittableRandom random) {
        return unknownPrefixes[random.nextInt(unknownPrefixes.length)];
    }

    static String zeroPadded(long value, int width) {
        String digits = Long.toString(value);
        if (digits.length() >= width) {
            return digits;
        }
        return "0".repeat(width - digits.length()) + digits;
    }
}
