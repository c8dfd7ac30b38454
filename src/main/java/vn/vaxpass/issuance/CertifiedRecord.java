package vn.vaxpass.issuance;

import java.util.List;

import vn.vaxpass.certificate.DccPayloadFactory;
import vn.vaxpass.certificate.VaccinationRecord;
import vn.vaxpass.confirmation.DoseContent;
import vn.vaxpass.confirmation.RecordedDose;
import vn.vaxpass.identity.BirthDate;

/**
 * The engine's {@link VaccinationRecord} made from a subject as stored: the full name as typed, the date of birth
 * in ISO form (clerks type {@code 07/03/1985}; {@code YYYY} stays a year), every dose with Vietnam as country and
 * the configured issuer, and which stored dose the certificate certifies (the engine's choice: the latest).
 */
public record CertifiedRecord(VaccinationRecord record, RecordedDose certifiedDose) {

    public static final String COUNTRY = "VN";

    public static CertifiedRecord of(SubjectRecord subject, String issuer) {
        List<VaccinationRecord.Dose> doses = subject.doses().stream().map(d -> dose(d.content(), issuer)).toList();
        VaccinationRecord record = new VaccinationRecord(subject.fullName(), isoBirthDate(subject.dateOfBirth()), doses);
        VaccinationRecord.Dose latest = DccPayloadFactory.certifiedDose(record);
        RecordedDose certified = subject.doses().stream()
                .filter(d -> d.content().doseNumber() == latest.doseNumber()
                        && d.content().vaccinatedOn().toString().equals(latest.date()))
                .findFirst().orElseThrow();
        return new CertifiedRecord(record, certified);
    }

    private static VaccinationRecord.Dose dose(DoseContent dose, String issuer) {
        return new VaccinationRecord.Dose(dose.doseNumber(), dose.totalDoses(), dose.vaccinatedOn().toString(),
                dose.product(), dose.manufacturer(), dose.prophylaxis(), COUNTRY, issuer);
    }

    /** ISO 8601 when readable; otherwise as typed, for the engine's check to refuse field by field. */
    private static String isoBirthDate(String typed) {
        return BirthDate.parse(typed).value().map(BirthDate::toString).orElse(typed);
    }
}
