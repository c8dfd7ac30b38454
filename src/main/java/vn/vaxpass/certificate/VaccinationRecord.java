package vn.vaxpass.certificate;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/**
 * What a certificate is made from: a person and their vaccination doses, as the vaccination platform
 * holds them. {@code dateOfBirth} is {@code YYYY-MM-DD} or, for people whose day of birth is unknown, {@code YYYY}.
 */
@RegisterForReflection(targets = {VaccinationRecord.class, VaccinationRecord.Dose.class})
public record VaccinationRecord(String fullName, String dateOfBirth, List<Dose> doses) {

    public VaccinationRecord {
        doses = doses == null ? List.of() : List.copyOf(doses);
    }

    /**
     * One dose: its number in the series and the series' total, the date given ({@code YYYY-MM-DD}), and
     * the EU value-set codes of the product (medicinal product), its manufacturer (marketing authorisation
     * holder) and its prophylaxis type, the country (ISO 3166 alpha-2) and the certificate issuer's name.
     */
    public record Dose(Integer doseNumber, Integer totalDoses, String date, String product, String manufacturer,
            String prophylaxis, String country, String issuer) {
    }
}
