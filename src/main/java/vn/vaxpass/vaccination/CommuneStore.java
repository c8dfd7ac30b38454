package vn.vaxpass.vaccination;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** The commune list (the {@code commune} table, from communes.csv): which province a commune belongs to. */
@ApplicationScoped
public class CommuneStore {

    private final Pool pool;

    @Inject
    public CommuneStore(Pool pool) {
        this.pool = pool;
    }

    /** The province code of the commune, or empty when the commune is not in the list. */
    public Uni<Optional<String>> provinceOf(String communeCode) {
        return pool.preparedQuery("SELECT province_code FROM commune WHERE commune_code = $1")
                .execute(Tuple.of(communeCode))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty()
                        : Optional.of(rows.iterator().next()).map((Row row) -> row.getString(0)));
    }
}
