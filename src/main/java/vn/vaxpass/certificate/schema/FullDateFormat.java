package vn.vaxpass.certificate.schema;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;

import vn.vaxpass.shared.IsoDate;

/**
 * The schema's {@code format: date} (RFC 3339 §5.6 full-date) read by {@link IsoDate}: it accepts exactly what
 * networknt's own date format accepts (LocalDate.parse, years 0 to 9999), under the same message key, without
 * its DateTimeFormatter, which was a tenth of validating a DCC (measured).
 */
final class FullDateFormat implements Format {

    static final String NAME = "date";
    /** networknt's key for the message of a value that is not a date. */
    static final String MESSAGE_KEY = "format.date";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getMessageKey() {
        return MESSAGE_KEY;
    }

    @Override
    public boolean matches(ExecutionContext executionContext, String value) {
        return IsoDate.parseFullDate(value) != null;
    }
}
