package vn.vaxpass.server.registry;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.csv.CsvFileException;
import vn.vaxpass.csv.CsvRowHandler;
import vn.vaxpass.identity.Gender;
import vn.vaxpass.registry.RegistryEntry;
import vn.vaxpass.registry.RegistryExtract;

/**
 * Stand-in until the registry import (RegistryImport, another branch) lands: upserts a registry extract into
 * {@code registry_person} in batches, keys computed as {@link RegistryExtract#entry} computes them. It does not
 * validate before applying, keep a row error report, or remove people missing from the extract, as the real
 * import will; replace it with that import and delete this class.
 */
@Dependent
public class RegistryCsvUpsert {

    private static final int BATCH = 5_000;

    private static final String UPSERT = "INSERT INTO registry_person (id_number, old_id_number, full_name, name_key,"
            + " ascii_key, date_of_birth, birth_year, gender, commune_code)"
            + " SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[],"
            + " $8::text[], $9::text[])"
            + " ON CONFLICT (id_number) DO UPDATE SET old_id_number = EXCLUDED.old_id_number,"
            + " full_name = EXCLUDED.full_name, name_key = EXCLUDED.name_key, ascii_key = EXCLUDED.ascii_key,"
            + " date_of_birth = EXCLUDED.date_of_birth, birth_year = EXCLUDED.birth_year, gender = EXCLUDED.gender,"
            + " commune_code = EXCLUDED.commune_code";

    /** What was loaded: rows written, and rows refused (broken CSV records, unreadable dates or genders). */
    public record Loaded(long rows, long refused) {
    }

    @Inject
    Pool pool;

    public Loaded load(InputStream extract) throws IOException, CsvFileException {
        List<RegistryEntry> batch = new ArrayList<>(BATCH);
        long[] counts = new long[2];
        RegistryExtract.FORMAT.read(extract, CsvRowHandler.of(row -> {
            try {
                batch.add(RegistryExtract.entry(row));
            } catch (IllegalArgumentException e) {
                counts[1]++;
                return;
            }
            if (batch.size() == BATCH) {
                counts[0] += write(batch);
                batch.clear();
            }
        }, error -> counts[1]++));
        counts[0] += write(batch);
        return new Loaded(counts[0], counts[1]);
    }

    private int write(List<RegistryEntry> people) {
        if (people.isEmpty()) {
            return 0;
        }
        int n = people.size();
        String[][] text = new String[8][n];
        Integer[] years = new Integer[n];
        for (int i = 0; i < n; i++) {
            RegistryEntry p = people.get(i);
            text[0][i] = p.idNumber();
            text[1][i] = p.oldIdNumber();
            text[2][i] = p.fullName();
            text[3][i] = p.nameKey();
            text[4][i] = p.asciiKey();
            text[5][i] = p.dateOfBirth().toString();
            years[i] = p.dateOfBirth().year();
            text[6][i] = p.gender() == Gender.MALE ? "M" : "F";
            text[7][i] = p.communeCode();
        }
        Tuple rows = Tuple.tuple().addArrayOfString(text[0]).addArrayOfString(text[1]).addArrayOfString(text[2])
                .addArrayOfString(text[3]).addArrayOfString(text[4]).addArrayOfString(text[5]).addArrayOfInteger(years)
                .addArrayOfString(text[6]).addArrayOfString(text[7]);
        return pool.preparedQuery(UPSERT).execute(rows).await().indefinitely().rowCount();
    }
}
