package vn.vaxpass.confirmation;

import io.vertx.mutiny.sqlclient.Row;

/**
 * Reads doses with their newest confirmation's hash, the same way wherever they are needed (confirming a day,
 * checking a subject's eligibility): the columns to select from {@code dose d}, and the row they give.
 */
public final class DoseStore {

    /** Columns 0–10: the dose's id, its content, and its newest confirmation's hash (null when never confirmed). */
    public static final String COLUMNS = "d.id, d.subject_id, d.dose_number, d.total_doses, d.vaccinated_on, d.product,"
            + " d.manufacturer, d.prophylaxis, d.lot, d.facility_code,"
            + " (SELECT c.content_hash FROM dose_confirmation c WHERE c.dose_id = d.id"
            + " ORDER BY c.confirmed_at DESC, c.id DESC LIMIT 1) AS confirmed_hash";

    private DoseStore() {
    }

    public static RecordedDose read(Row row) {
        DoseContent content = new DoseContent(row.getString(1), row.getInteger(2), row.getInteger(3),
                row.getLocalDate(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                row.getString(9));
        var confirmed = row.getBuffer(10);
        return new RecordedDose(row.getLong(0), content, confirmed == null ? null : confirmed.getBytes());
    }
}
