package vn.vaxpass.lookup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.certificate.issuance.CertificateRecords;
import vn.vaxpass.certificate.issuance.EligibilityPolicy;
import vn.vaxpass.certificate.issuance.Ineligibility;
import vn.vaxpass.certificate.issuance.SubjectRecord;
import vn.vaxpass.certificate.schema.ValueSet;
import vn.vaxpass.certificate.schema.ValueSets;
import vn.vaxpass.confirmation.DoseContent;

/**
 * The records a lookup shows: each subject as certificates on demand load it ({@link CertificateRecords}: personal
 * data, the newest registry check, doses with their confirmations), judged by the same {@link EligibilityPolicy} the
 * sign function applies, plus the commune whose health station corrects it.
 */
@ApplicationScoped
public class CitizenRecords {

    static final String COMMUNES = "SELECT s.subject_id, s.commune_code, c.name FROM vaccination_subject s"
            + " LEFT JOIN commune c ON c.commune_code = s.commune_code WHERE s.subject_id = ANY($1)";

    private final Pool pool;
    private final CertificateRecords certificateRecords;

    @Inject
    public CitizenRecords(Pool pool, CertificateRecords certificateRecords) {
        this.pool = pool;
        this.certificateRecords = certificateRecords;
    }

    /** The records of these subjects, in the order given; a subject deleted meanwhile is left out. */
    public Uni<List<CitizenRecord>> load(List<String> subjectIds, Instant now) {
        Uni<Map<String, Commune>> communes = pool.preparedQuery(COMMUNES)
                .execute(Tuple.of(subjectIds.toArray(String[]::new))).map(rows -> {
                    Map<String, Commune> bySubject = new HashMap<>();
                    for (Row row : rows) {
                        bySubject.put(row.getString(0), new Commune(row.getString(1), row.getString(2)));
                    }
                    return bySubject;
                });
        Uni<List<Optional<SubjectRecord>>> subjects = Multi.createFrom().iterable(subjectIds)
                .onItem().transformToUniAndConcatenate(id -> certificateRecords.load(id, now))
                .collect().asList();
        return Uni.combine().all().unis(communes, subjects).asTuple().map(loaded -> {
            List<CitizenRecord> records = new ArrayList<>();
            for (Optional<SubjectRecord> subject : loaded.getItem2()) {
                subject.ifPresent(s -> records.add(record(s, loaded.getItem1().getOrDefault(s.subjectId(),
                        new Commune(null, null)))));
            }
            return records;
        });
    }

    private static CitizenRecord record(SubjectRecord subject, Commune commune) {
        List<CitizenRecord.RecordedDose> doses = subject.doses().stream().map(d -> dose(d.content())).toList();
        RegistryCheck check = subject.latestMatch()
                .map(m -> RegistryCheckWording.of(m.status(), m.subjectVersion(), m.mismatchedFields(),
                        subject.version(), commune.code(), commune.name()))
                .orElseGet(() -> RegistryCheckWording.of(null, 0, null, subject.version(), commune.code(),
                        commune.name()));
        List<Ineligibility> reasons = EligibilityPolicy.reasons(subject);
        CertificateAvailability certificate = new CertificateAvailability(reasons.isEmpty(), reasons.stream()
                .map(r -> new CertificateAvailability.Reason(r.reason().name(), r.message())).toList());
        return new CitizenRecord(subject.subjectId(), subject.fullName(), subject.dateOfBirth(), doses, check,
                certificate);
    }

    private static CitizenRecord.RecordedDose dose(DoseContent content) {
        return new CitizenRecord.RecordedDose(content.doseNumber(), content.totalDoses(), content.vaccinatedOn(),
                ValueSets.bundled().display(ValueSet.VACCINE_MEDICINAL_PRODUCT, content.product())
                        .orElse(content.product()),
                content.facilityCode());
    }

    private record Commune(String code, String name) {
    }
}
