package vn.vaxpass.vaccination;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The commune list (the {@code commune} table, from communes.csv): which province a commune belongs to; and the
 * communes merged since 1 July 2025 ({@code commune_successor}, from commune-successors.csv): which current commune an
 * old code that records carry belongs to.
 */
@ApplicationScoped
public class CommuneStore {

    /**
     * The current commune of the commune code held by the SQL expression {@code %s} (the code itself when it was not
     * merged): for statements that count records under today's commune.
     */
    public static final String CURRENT_CODE_OF = "COALESCE((SELECT successor.current_code FROM commune_successor"
            + " successor WHERE successor.old_code = %1$s), %1$s)";

    private static final String CURRENT = "SELECT c.province_code, successor.current_code FROM commune c"
            + " LEFT JOIN commune_successor successor ON successor.old_code = c.commune_code WHERE c.commune_code = $1";
    private static final String CURRENT_OF = "SELECT today.commune_code, today.province_code FROM commune c"
            + " LEFT JOIN commune_successor successor ON successor.old_code = c.commune_code"
            + " JOIN commune today ON today.commune_code = COALESCE(successor.current_code, c.commune_code)"
            + " WHERE c.commune_code = $1";
    private static final String SUCCESSORS = "SELECT old_code, current_code FROM commune_successor";
    private static final String RECORD_CODES = "SELECT old_code FROM commune_successor WHERE current_code = $1"
            + " ORDER BY old_code";

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

    /**
     * Where a commune code stands today.
     *
     * @param provinceCode the commune's province as the list holds it
     * @param currentCode  the commune it was merged into, or null when it is current itself
     */
    public record Standing(String provinceCode, String currentCode) {

        /** Whether the code was merged into another commune. */
        public boolean merged() {
            return currentCode != null;
        }
    }

    /** The commune's province and, if it was merged, its current commune; empty when it is not in the list. */
    public Uni<Optional<Standing>> standingOf(String communeCode) {
        return pool.preparedQuery(CURRENT).execute(Tuple.of(communeCode))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty()
                        : Optional.of(rows.iterator().next()).map((Row row) -> new Standing(row.getString(0),
                                row.getString(1))));
    }

    /** The codes records may carry for the current commune: itself first, then the old codes merged into it. */
    public Uni<List<String>> recordCodesOf(String currentCode) {
        return pool.preparedQuery(RECORD_CODES).execute(Tuple.of(currentCode)).map(rows -> {
            List<String> codes = new ArrayList<>(rows.size() + 1);
            codes.add(currentCode);
            rows.forEach(row -> codes.add(row.getString(0)));
            return codes;
        });
    }

    /** A commune as it is today: its code and its province. */
    public record Current(String communeCode, String provinceCode) {
    }

    /**
     * The commune a code that records carry stands for today (itself when it was not merged), with its province: what
     * tokens' jurisdiction is checked against. Empty when the code is not in the list.
     */
    public Uni<Optional<Current>> currentOf(String recordedCode) {
        return pool.preparedQuery(CURRENT_OF).execute(Tuple.of(recordedCode))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty()
                        : Optional.of(rows.iterator().next()).map((Row row) -> new Current(row.getString(0),
                                row.getString(1))));
    }

    /** Every old code merged into another commune, with that commune: a few thousand rows at most. */
    public Uni<Map<String, String>> successors() {
        return pool.preparedQuery(SUCCESSORS).execute().map(rows -> {
            Map<String, String> successors = new HashMap<>();
            rows.forEach(row -> successors.put(row.getString(0), row.getString(1)));
            return successors;
        });
    }
}
