package vn.vaxpass.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The province codes of birth registration, read once from {@value #RESOURCE} (see the README beside it) into a
 * table indexed by the three-digit prefix, so a lookup is one array read.
 */
final class BirthRegistrationProvinces {

    static final String RESOURCE = "identity/vn-provinces-pre2025.tsv";

    /** Annex I of Circular 07/2016/TT-BCA lists 63 provinces; the table is frozen, so any other count is damage. */
    static final int COUNT = 63;

    static final int PREFIX_DIGITS = 3;

    private static final String HEADER = "cccd_prefix\tgso_code\tname";
    private static final int PREFIXES = 1000;

    private static final BirthRegistrationProvince[] BY_PREFIX = new BirthRegistrationProvince[PREFIXES];
    private static final List<BirthRegistrationProvince> ALL = load();

    private BirthRegistrationProvinces() {
    }

    /** The province whose code is {@code prefix} (0–999), or null when no province has it. */
    static BirthRegistrationProvince byPrefix(int prefix) {
        return prefix >= 0 && prefix < PREFIXES ? BY_PREFIX[prefix] : null;
    }

    /**
     * The province coded by the three ASCII digits of {@code digits} from {@code start}, or null when no province has
     * that code. The caller guarantees that the three characters are ASCII digits.
     */
    static BirthRegistrationProvince byPrefix(CharSequence digits, int start) {
        return BY_PREFIX[(digits.charAt(start) - '0') * 100 + (digits.charAt(start + 1) - '0') * 10
                + digits.charAt(start + 2) - '0'];
    }

    /** All 63, in the order of the table (by code). */
    static List<BirthRegistrationProvince> all() {
        return ALL;
    }

    private static List<BirthRegistrationProvince> load() {
        List<BirthRegistrationProvince> provinces = new ArrayList<>(COUNT);
        try (InputStream in = BirthRegistrationProvinces.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("province table missing from the jar: " + RESOURCE);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = lines.readLine();
            if (!HEADER.equals(header)) {
                throw new IllegalStateException(RESOURCE + ": header is '" + header + "', expected '" + HEADER + "'");
            }
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isEmpty()) {
                    BirthRegistrationProvince province = parse(line);
                    int prefix = Integer.parseInt(province.cccdPrefix());
                    if (BY_PREFIX[prefix] != null) {
                        throw new IllegalStateException(RESOURCE + ": code " + province.cccdPrefix() + " twice");
                    }
                    BY_PREFIX[prefix] = province;
                    provinces.add(province);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (provinces.size() != COUNT) {
            throw new IllegalStateException(RESOURCE + ": " + provinces.size() + " provinces, expected " + COUNT);
        }
        return List.copyOf(provinces);
    }

    private static BirthRegistrationProvince parse(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 3) {
            throw new IllegalStateException(RESOURCE + ": not three tab-separated fields: " + line);
        }
        String prefix = fields[0];
        String gsoCode = fields[1];
        if (prefix.length() != PREFIX_DIGITS || !isAsciiDigits(prefix) || !prefix.equals("0" + gsoCode)) {
            throw new IllegalStateException(RESOURCE + ": code " + prefix + " is not 0 + statistics code " + gsoCode);
        }
        if (fields[2].isBlank()) {
            throw new IllegalStateException(RESOURCE + ": no name for " + prefix);
        }
        return new BirthRegistrationProvince(prefix, gsoCode, fields[2]);
    }

    private static boolean isAsciiDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
