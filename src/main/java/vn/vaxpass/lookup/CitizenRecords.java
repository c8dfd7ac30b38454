package vn.vaxpass.lookup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import vn.vaxpass.issuance.CertificateStore;
import vn.vaxpass.issuance.EligibilityPolicy;
import vn.vaxpass.issuance.Ineligibility;
import vn.vaxpass.issuance.SubjectRecord;
import vn.vaxpass.certificate.schema.ValueSet;
import vn.vaxpass.certificate.schema.ValueSets;
import vn.vaxpass.confirmation.DoseContent;

/**
 * The records a lookup shows: each subject as certificates on demand load it ({@link CertificateStore}: personal
 * data, the newest registry check, doses with their confirmations), judged by the same {@link EligibilityPolicy} the
 * sign function applies, plus the commune whose health station corrects it.
 */
@ApplicationScoped
public class CitizenRecords {

    private final CertificateStore certificateRecords;

    @Inject
    public CitizenRecords(CertificateStore certificateRecords) {
        this.certificateRecords = certificateRecords;
    }

    /** The records of these subjects, in the order given; a subject deleted meanwhile is left out. */
    public Uni<List<CitizenRecord>> load(List<String> subjectIds, Instant now) {
        return Multi.createFrom().iterable(subjectIds)
                .onItem().transformToUniAndConcatenate(id -> certificateRecords.load(id, now))
                .collect().asList().map(loaded -> {
                    List<CitizenRecord> records = new ArrayList<>();
                    for (Optional<SubjectRecord> subject : loaded) {
                        subject.ifPresent(s -> records.add(record(s)));
                    }
                    return records;
                });
    }

    private static CitizenRecord record(SubjectRecord subject) {
        SubjectRecord.Commune commune = subject.commune();
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
}
