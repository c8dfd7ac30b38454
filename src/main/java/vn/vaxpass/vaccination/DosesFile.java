package vn.vaxpass.vaccination;

import vn.vaxpass.csv.CsvFormat;

/**
 * The doses CSV as the vaccination platform exports it:
 * {@code subject_id,dose_number,total_doses,vaccinated_on,product,manufacturer,prophylaxis,lot,facility_code}. One row
 * per dose, keyed by subject and dose number; the codes are those of the EU DCC value sets (vaccine-medicinal-product,
 * vaccine-mah-manf, vaccine-prophylaxis).
 */
public final class DosesFile {

    public static final CsvFormat FORMAT = CsvFormat.withHeader("subject_id", "dose_number", "total_doses",
            "vaccinated_on", "product", "manufacturer", "prophylaxis", "lot", "facility_code");

    private DosesFile() {
    }
}
