package vn.vaxpass.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Puts registry people straight into {@code registry_person} for tests (the imports are tested on their own). */
public final class RegistryFixtureRows {

    private static final int BATCH = 5_000;

    private static final String INSERT = "INSERT INTO registry_person (id_number, old_id_number, full_name, name_key,"
            + " ascii_key, date_of_birth, birth_year, gender, commune_code)"
            + " SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[],"
            + " $8::text[], $9::text[])";

    private RegistryFixtureRows() {
    }

    /** Empties the mirror, so a test sees only its own people. */
    public static void deleteAll(Pool pool) {
        pool.query("DELETE FROM registry_person").execute().await().indefinitely();
    }

    public static void insert(Pool pool, Collection<RegistryEntry> people) {
        List<RegistryEntry> batch = new ArrayList<>(BATCH);
        for (RegistryEntry person : people) {
            batch.add(person);
            if (batch.size() == BATCH) {
                insertBatch(pool, batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            insertBatch(pool, batch);
        }
    }

    private static void insertBatch(Pool pool, List<RegistryEntry> people) {
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
            text[6][i] = RegistryGenderCode.of(p.gender());
            text[7][i] = p.communeCode();
        }
        Tuple row = Tuple.tuple().addArrayOfString(text[0]).addArrayOfString(text[1]).addArrayOfString(text[2])
                .addArrayOfString(text[3]).addArrayOfString(text[4]).addArrayOfString(text[5]).addArrayOfInteger(years)
                .addArrayOfString(text[6]).addArrayOfString(text[7]);
        pool.preparedQuery(INSERT).execute(row).await().indefinitely();
    }
}
