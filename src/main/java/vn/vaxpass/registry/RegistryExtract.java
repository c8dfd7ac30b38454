package vn.vaxpass.registry;

import vn.vaxpass.csv.CsvFormat;
import vn.vaxpass.csv.CsvRow;
import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.identity.Gender;
import vn.vaxpass.identity.VietnameseNameCanonicalizer;

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
        String name = row.get(2);
        String oldId = row.get(1);
        return new RegistryEntry(row.get(0), oldId == null || oldId.isBlank() ? null : oldId, name,
                VietnameseNameCanonicalizer.canonicalForm(name), VietnameseNameCanonicalizer.diacriticsFreeKey(name),
                BirthDate.parse(row.get(3)).orElseThrow(), Gender.parse(row.get(4)).orElseThrow(), row.get(5));
    }
}
