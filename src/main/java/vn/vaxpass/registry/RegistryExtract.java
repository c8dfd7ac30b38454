package vn.vaxpass.registry;

import vn.vaxpass.csv.CsvFormat;
import vn.vaxpass.csv.CsvRow;
import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.identity.Gender;

/**
 * The registry extract's CSV form: {@code id_number,old_id_number,full_name,date_of_birth,gender,commune_code}
 * ({@code date_of_birth} YYYY-MM-DD or YYYY, {@code gender} M or F).
 */
public final class RegistryExtract {

    public static final CsvFormat FORMAT = CsvFormat.withHeader(
            "id_number", "old_id_number", "full_name", "date_of_birth", "gender", "commune_code");

    private RegistryExtract() {
    }

    /** One row as a registry entry, with its comparison keys. @throws IllegalArgumentException for unreadable values */
    public static RegistryEntry entry(CsvRow row) {
        return RegistryEntry.of(row.get(0), row.get(1), row.get(2), BirthDate.parse(row.get(3)).orElseThrow(),
                Gender.parse(row.get(4)).orElseThrow(), row.get(5));
    }
}
