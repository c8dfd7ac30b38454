package vn.vaxpass.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * An instant as people and the EU DCC conformance vectors write it: ISO 8601 date and time with the offset as
 * {@code Z}, {@code +02:00} or {@code +0200}, or with none, which (as the reference test runner does) is UTC.
 */
public final class IsoInstant {

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private IsoInstant() {
    }

    /** @throws DateTimeException when the text is not such a date and time */
    public static Instant parse(String text) {
        TemporalAccessor parsed = FORMAT.parse(text);
        ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))
                : ZoneOffset.UTC;
        return LocalDateTime.from(parsed).toInstant(offset);
    }
}
