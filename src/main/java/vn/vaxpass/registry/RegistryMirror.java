package vn.vaxpass.registry;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.registry.MatchRequests;
import vn.vaxpass.registry.MatchRequests.CommuneYear;
import vn.vaxpass.registry.MatchRequests.NameYear;

/**
 * The population registry's mirror in PostgreSQL ({@code registry_person}). One fetch is one statement, one round
 * trip however many subjects asked: numbers as text arrays ({@code = ANY}), blocks as parallel arrays of keys and
 * years joined through {@code UNNEST}, each arm on its own index. A person found by two arms comes back twice and
 * is kept once.
 *
 * <p>A bean of its own type only: {@link RegistryBeans} makes it the {@link PopulationRegistry} when configured so.
 */
@ApplicationScoped
@Typed(RegistryMirror.class)
public class RegistryMirror implements PopulationRegistry {

    private static final String COLUMNS = "p.id_number, p.old_id_number, p.full_name, p.name_key, p.ascii_key, "
            + "p.date_of_birth, p.gender, p.commune_code";

    static final String FETCH = "SELECT " + COLUMNS + " FROM registry_person p WHERE p.id_number = ANY($1::text[])"
            + " UNION ALL SELECT " + COLUMNS + " FROM registry_person p WHERE p.old_id_number = ANY($2::text[])"
            + " UNION ALL SELECT " + COLUMNS + " FROM UNNEST($3::text[], $4::int[]) AS b(ascii_key, birth_year)"
            + " JOIN registry_person p ON p.ascii_key = b.ascii_key AND p.birth_year = b.birth_year"
            + " UNION ALL SELECT " + COLUMNS + " FROM UNNEST($5::text[], $6::int[]) AS b(commune_code, birth_year)"
            + " JOIN registry_person p ON p.commune_code = b.commune_code AND p.birth_year = b.birth_year";

    private final Pool pool;

    @Inject
    public RegistryMirror(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<RegistryView> fetch(MatchRequests requests) {
        if (requests.isEmpty()) {
            return Uni.createFrom().item(new InMemoryRegistryView());
        }
        return pool.preparedQuery(FETCH).execute(parameters(requests)).map(rows -> {
            InMemoryRegistryView view = new InMemoryRegistryView();
            for (Row row : rows) {
                view.add(entry(row));
            }
            return view;
        });
    }

    private static Tuple parameters(MatchRequests requests) {
        Collection<NameYear> names = requests.nameYears();
        String[] nameKeys = new String[names.size()];
        Integer[] nameYears = new Integer[names.size()];
        int i = 0;
        for (NameYear block : names) {
            nameKeys[i] = block.asciiKey();
            nameYears[i++] = block.birthYear();
        }
        Collection<CommuneYear> communes = requests.communeYears();
        String[] communeCodes = new String[communes.size()];
        Integer[] communeYears = new Integer[communes.size()];
        i = 0;
        for (CommuneYear block : communes) {
            communeCodes[i] = block.communeCode();
            communeYears[i++] = block.birthYear();
        }
        return Tuple.of(requests.idNumbers().toArray(String[]::new), requests.oldIdNumbers().toArray(String[]::new),
                nameKeys, nameYears, communeCodes, communeYears);
    }

    private static RegistryEntry entry(Row row) {
        return new RegistryEntry(row.getString(0), row.getString(1), row.getString(2), row.getString(3),
                row.getString(4), BirthDate.parse(row.getString(5)).orElseThrow(),
                RegistryGenderCode.parse(row.getString(6)), row.getString(7));
    }
}
