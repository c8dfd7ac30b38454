package vn.vaxpass.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Viet Nam's provinces as they are since 1 July 2025: 34, each made of one or more of the 63 before (Resolution
 * 202/2025/QH15; the table is {@code vn-provinces-2025.tsv} of the project's shared data). Jurisdiction claims name
 * provinces as they are today; records keep the codes they were entered with, so a province reaches the records of
 * every old province merged into it. ID numbers keep their 63 birth-registration codes and are never read with
 * this table.
 */
public final class ProvincesToday {

    /** Each province today, by its code, and the old codes merged into it (its own among them). */
    private static final Map<String, List<String>> MERGED_FROM = Map.ofEntries(
            Map.entry("01", List.of("01")),
            Map.entry("04", List.of("04")),
            Map.entry("08", List.of("02", "08")),
            Map.entry("11", List.of("11")),
            Map.entry("12", List.of("12")),
            Map.entry("14", List.of("14")),
            Map.entry("15", List.of("10", "15")),
            Map.entry("19", List.of("06", "19")),
            Map.entry("20", List.of("20")),
            Map.entry("22", List.of("22")),
            Map.entry("24", List.of("24", "27")),
            Map.entry("25", List.of("17", "25", "26")),
            Map.entry("31", List.of("30", "31")),
            Map.entry("33", List.of("33", "34")),
            Map.entry("37", List.of("35", "36", "37")),
            Map.entry("38", List.of("38")),
            Map.entry("40", List.of("40")),
            Map.entry("42", List.of("42")),
            Map.entry("44", List.of("44", "45")),
            Map.entry("46", List.of("46")),
            Map.entry("48", List.of("48", "49")),
            Map.entry("51", List.of("51", "62")),
            Map.entry("52", List.of("52", "64")),
            Map.entry("56", List.of("56", "58")),
            Map.entry("66", List.of("54", "66")),
            Map.entry("68", List.of("60", "67", "68")),
            Map.entry("75", List.of("70", "75")),
            Map.entry("79", List.of("74", "77", "79")),
            Map.entry("80", List.of("72", "80")),
            Map.entry("82", List.of("82", "87")),
            Map.entry("86", List.of("83", "84", "86")),
            Map.entry("91", List.of("89", "91")),
            Map.entry("92", List.of("92", "93", "94")),
            Map.entry("96", List.of("95", "96")));

    private static final Map<String, String> TODAY_OF = todayOf();

    private ProvincesToday() {
    }

    /** The province today that a code names: an old code's new province, a code of today itself; null for null. */
    public static String today(String provinceCode) {
        return provinceCode == null ? null : TODAY_OF.getOrDefault(provinceCode, provinceCode);
    }

    /** The codes records may carry for this province of today: the old provinces merged into it. */
    public static Set<String> recordCodesOf(String provinceCode) {
        return Set.copyOf(MERGED_FROM.getOrDefault(today(provinceCode), List.of(provinceCode)));
    }

    /** Whether two codes name the same province today. */
    public static boolean same(String a, String b) {
        return a != null && b != null && today(a).equals(today(b));
    }

    private static Map<String, String> todayOf() {
        Map<String, String> today = new HashMap<>();
        MERGED_FROM.forEach((code, merged) -> merged.forEach(old -> today.put(old, code)));
        return Map.copyOf(today);
    }
}
