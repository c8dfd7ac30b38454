package vn.vaxpass.issuance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.vaxpass.confirmation.RecordedDose;
import vn.vaxpass.matching.MatchStatus;

/**
 * Everything a certificate on demand is decided and made from, as loaded for one request: the subject's personal
 * data and version, its latest registry-match result, its doses with their confirmations, the window anchor (null
 * before the first certificate), the UVCIs already handed out whose certificates have not expired, and the commune
 * the subject is registered in (where a citizen gets the record fixed; read in the same query, for the lookup), and
 * when the subject's death was recorded, if it was.
 * Holds personal data: never log it.
 */
public record SubjectRecord(String subjectId, String fullName, String dateOfBirth, int version, LatestMatch match,
        List<RecordedDose> doses, Instant anchor, Set<String> servedUvcis, Commune commune, Instant deathRecordedAt) {

    public SubjectRecord {
        doses = List.copyOf(doses);
        servedUvcis = Set.copyOf(servedUvcis);
    }

    /** A record of someone not known to have died. */
    public SubjectRecord(String subjectId, String fullName, String dateOfBirth, int version, LatestMatch match,
            List<RecordedDose> doses, Instant anchor, Set<String> servedUvcis, Commune commune) {
        this(subjectId, fullName, dateOfBirth, version, match, doses, anchor, servedUvcis, commune, null);
    }

    /** Whether the subject is known to have died (a commune's applied DECEASED outcome): no certificate. */
    public boolean isDeceased() {
        return deathRecordedAt != null;
    }

    public Optional<LatestMatch> latestMatch() {
        return Optional.ofNullable(match);
    }

    public Optional<Instant> windowAnchor() {
        return Optional.ofNullable(anchor);
    }

    /**
     * The newest registry-match result (view {@code latest_match_result}).
     *
     * @param subjectVersion the subject's version the check saw
     * @param mismatchedFields {@code name;dob;gender}, those that differ from the registry; empty when none
     */
    public record LatestMatch(MatchStatus status, int subjectVersion, String mismatchedFields) {
    }

    /**
     * The subject's commune as it is today: the one its {@code commune_code} was merged into since 1 July 2025, or
     * that code itself.
     *
     * @param code today's commune code, null when none was recorded
     * @param name the commune's name from the commune table, null when it is not there
     */
    public record Commune(String code, String name) {
    }
}
