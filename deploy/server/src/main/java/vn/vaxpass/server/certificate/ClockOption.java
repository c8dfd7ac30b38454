package vn.vaxpass.server.certificate;

import java.time.DateTimeException;
import java.time.Instant;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import vn.vaxpass.shared.IsoInstant;

/** {@code --clock} as the EU DCC conformance vectors write their validation clocks: {@code Z}, {@code +02:00}, {@code +0200} or no zone (UTC). */
final class ClockOption implements ITypeConverter<Instant> {

    @Override
    public Instant convert(String value) {
        try {
            return IsoInstant.parse(value);
        } catch (DateTimeException e) {
            throw new TypeConversionException("'" + value + "' is not an ISO-8601 date and time such as 2021-06-01T12:00:00+02:00");
        }
    }
}
