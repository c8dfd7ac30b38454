package vn.vaxpass.confirmation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Confirms a facility's doses of one day, as they are at that moment: one {@code dose_confirmation} row per dose
 * that was not yet confirmed with its present content. Confirming a day twice adds nothing the second time.
 * Which facility a member of staff may confirm for is the caller's to check.
 */
@ApplicationScoped
public class DoseConfirmations {

    static final String DOSES_OF_DAY = "SELECT " + DoseStore.COLUMNS
            + " FROM dose d WHERE d.facility_code = $1 AND d.vaccinated_on = $2 ORDER BY d.id";

    static final String INSERT = "INSERT INTO dose_confirmation (dose_id, facility_code, confirmed_by, confirmed_at,"
            + " content_hash) SELECT x.dose_id, $1, $2, $3, decode(x.content_hash, 'hex')"
            + " FROM UNNEST($4::bigint[], $5::text[]) AS x(dose_id, content_hash)";

    private final Pool pool;

    @Inject
    public DoseConfirmations(Pool pool) {
        this.pool = pool;
    }

    /**
     * @param confirmedBy who confirms: the staff token's subject identifier, never a name
     */
    public Uni<DayConfirmation> confirmDay(String facilityCode, LocalDate day, String confirmedBy, Instant at) {
        return pool.withTransaction(connection -> connection.preparedQuery(DOSES_OF_DAY)
                .execute(Tuple.of(facilityCode, day))
                .chain(rows -> confirm(connection, facilityCode, day, confirmedBy, at, rows)));
    }

    private static Uni<DayConfirmation> confirm(SqlConnection connection, String facilityCode, LocalDate day,
            String confirmedBy, Instant at, Iterable<Row> rows) {
        List<Long> ids = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        int doses = 0;
        for (Row row : rows) {
            doses++;
            RecordedDose dose = DoseStore.read(row);
            if (dose.state() != ConfirmationState.CONFIRMED) {
                ids.add(dose.id());
                hashes.add(HexFormat.of().formatHex(dose.currentHash()));
            }
        }
        DayConfirmation outcome = new DayConfirmation(facilityCode, day, at, doses, ids.size(), doses - ids.size());
        if (ids.isEmpty()) {
            return Uni.createFrom().item(outcome);
        }
        Tuple insert = Tuple.tuple().addString(facilityCode).addString(confirmedBy)
                .addOffsetDateTime(at.atOffset(ZoneOffset.UTC))
                .addArrayOfLong(ids.toArray(Long[]::new)).addArrayOfString(hashes.toArray(String[]::new));
        return connection.preparedQuery(INSERT).execute(insert).replaceWith(outcome);
    }
}
