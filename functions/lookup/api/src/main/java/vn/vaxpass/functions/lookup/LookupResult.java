package vn.vaxpass.functions.lookup;

import java.time.Instant;
import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

import vn.vaxpass.lookup.CertificateAvailability;
import vn.vaxpass.lookup.CitizenRecord;
import vn.vaxpass.lookup.RegistryCheck;

/**
 * The citizen's own records (usually one; more when the platform holds duplicates of them), each with its session for
 * the certificate.
 */
@RegisterForReflection(targets = {LookupResult.class, LookupResult.Record.class, CitizenSession.class})
public record LookupResult(List<Record> records) {

    /** One record as {@link CitizenRecord} has it, plus the session for its certificate. */
    public record Record(String subjectId, String fullName, String dateOfBirth, List<CitizenRecord.RecordedDose> doses,
            RegistryCheck registryCheck, CertificateAvailability certificate, CitizenSession session) {
    }

    static LookupResult of(List<CitizenRecord> records, CitizenSessions sessions, Instant now) {
        return new LookupResult(records.stream().map(r -> new Record(r.subjectId(), r.fullName(), r.dateOfBirth(),
                r.doses(), r.registryCheck(), r.certificate(), sessions.grant(r.subjectId(), now))).toList());
    }
}
