package vn.vaxpass.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A certificate's validity: from its issuing instant (CWT iat) to 12 calendar months later (CWT exp),
 * counted on Vietnam's calendar. CWT times are whole seconds (RFC 8392 NumericDate).
 */
public record ValidityWindow(Instant issuedAt, Instant expiresAt) {

    public static final int VALIDITY_MONTHS = 12;
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public static ValidityWindow startingAt(Instant issuedAt) {
        Instant start = issuedAt.truncatedTo(ChronoUnit.SECONDS);
        return new ValidityWindow(start, start.atZone(VIETNAM).plusMonths(VALIDITY_MONTHS).toInstant());
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(issuedAt) && !instant.isAfter(expiresAt);
    }
}
