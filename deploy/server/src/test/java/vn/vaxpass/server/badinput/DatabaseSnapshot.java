package vn.vaxpass.server.badinput;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Row count and an MD5 over every row of each table a request could write, in one statement: two snapshots that
 * differ mean something was written (or deleted).
 */
final class DatabaseSnapshot {

    /**
     * Every table an endpoint writes. Left out, each for its reason: {@code lookup_throttle}, because a limit must count
     * refused requests too (else bad requests would be free probes); {@code registry_person} and {@code commune}, which
     * only the import commands write; the SMS tables, which only the SMS worker writes, after a code request that
     * was accepted.
     */
    static final List<String> WRITABLE_TABLES = List.of("vaccination_subject", "dose", "match_result", "match_job",
            "match_job_chunk", "dose_confirmation", "certificate_anchor", "certificate_served", "certificate_signed",
            "certificate_renewal", "lookup_challenge", "registry_disclosure", "registry_quota", "correction_list",
            "correction_item", "correction_hand_back", "citizen_report", "subject_death", "correction_audit");

    private static final String QUERY = String.join(" UNION ALL ", WRITABLE_TABLES.stream()
            .map(table -> "SELECT '" + table + "' AS name, count(*) AS rows, coalesce(md5(string_agg(t::text, '|'"
                    + " ORDER BY t::text)), '') AS digest FROM " + table + " t" + (table.equals("registry_quota")
                    // A check taken and given back leaves the day's row at zero: no check counted, as no row.
                    ? " WHERE used > 0" : ""))
            .toList());

    private final Map<String, String> tables;

    private DatabaseSnapshot(Map<String, String> tables) {
        this.tables = tables;
    }

    static DatabaseSnapshot of(Pool pool) {
        Map<String, String> tables = new LinkedHashMap<>();
        for (Row row : pool.query(QUERY).executeAndAwait()) {
            tables.put(row.getString("name"), row.getLong("rows") + " rows, md5 " + row.getString("digest"));
        }
        return new DatabaseSnapshot(tables);
    }

    /** The tables whose rows differ from the earlier snapshot's, with both states; empty when none. */
    Map<String, String> changesSince(DatabaseSnapshot before) {
        Map<String, String> changed = new LinkedHashMap<>();
        tables.forEach((table, now) -> {
            String then = before.tables.get(table);
            if (!now.equals(then)) {
                changed.put(table, then + " → " + now);
            }
        });
        return changed;
    }
}
