package vn.vaxpass.confirmation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;

/**
 * What a facility confirms about one dose: everything a certificate may carry of it, and whose dose it is. Its
 * canonical form is what a confirmation's hash is taken over, so that any later change of the dose shows.
 *
 * <p>Canonical form, version 1: UTF-8 text, one {@code name=value} line per field, each ending in {@code \n}, in
 * this order, after the header line {@code vaxpass-dose/1}:
 * <pre>
 * vaxpass-dose/1
 * subject_id=VN-0001
 * dose_number=2
 * total_doses=2
 * vaccinated_on=2021-09-14
 * product=EU/1/20/1528
 * manufacturer=ORG-100030215
 * prophylaxis=J07BX03
 * lot=FF2587
 * facility_code=79-001
 * </pre>
 * Numbers in decimal without leading zeros, the date as ISO 8601 {@code YYYY-MM-DD}, text as stored (no trimming,
 * no Unicode normalisation). In values, {@code \} is written {@code \\}, a line feed {@code \n} and a carriage
 * return {@code \r}, so no value can run into the next line. A missing value (no lot) is written as empty. The
 * hash is SHA-256 over those bytes ({@code printf '...' | sha256sum} gives the same).
 */
public record DoseContent(String subjectId, int doseNumber, int totalDoses, LocalDate vaccinatedOn, String product,
        String manufacturer, String prophylaxis, String lot, String facilityCode) {

    public static final String HEADER = "vaxpass-dose/1";
    public static final int HASH_BYTES = 32;

    public String canonicalForm() {
        StringBuilder text = new StringBuilder(256).append(HEADER).append('\n');
        line(text, "subject_id", subjectId);
        line(text, "dose_number", Integer.toString(doseNumber));
        line(text, "total_doses", Integer.toString(totalDoses));
        line(text, "vaccinated_on", vaccinatedOn.toString());
        line(text, "product", product);
        line(text, "manufacturer", manufacturer);
        line(text, "prophylaxis", prophylaxis);
        line(text, "lot", lot);
        line(text, "facility_code", facilityCode);
        return text.toString();
    }

    /** SHA-256 of the canonical form's UTF-8 bytes: 32 bytes. */
    public byte[] hash() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonicalForm().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
        }
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(name).append('=');
        if (value != null) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }
        text.append('\n');
    }
}
