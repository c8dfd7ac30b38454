package vn.vaxpass.lookup;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What a citizen sees of their own vaccination record: the personal data as recorded (so they can spot a mistake),
 * the doses, the registry check in plain words and where to get the record fixed, and whether a certificate can be
 * had now. Personal data of the citizen asking, and only of them: never log it.
 */
@RegisterForReflection(targets = {CitizenRecord.class, CitizenRecord.RecordedDose.class, RegistryCheck.class,
        RegistryCheck.WhereToFix.class, CertificateAvailability.class, CertificateAvailability.Reason.class})
public record CitizenRecord(String subjectId, String fullName, String dateOfBirth, List<RecordedDose> doses,
        RegistryCheck registryCheck, CertificateAvailability certificate) {

    public CitizenRecord {
        doses = List.copyOf(doses);
    }

    /** One dose: its number in the series, the series' length, when, which vaccine, and the facility that gave it. */
    public record RecordedDose(int doseNumber, int totalDoses, LocalDate vaccinatedOn, String vaccine,
            String facilityCode) {
    }
}
