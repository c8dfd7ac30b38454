package vn.vaxpass.issuance;

import java.time.Instant;

import vn.vaxpass.shared.ValidityWindow;

/**
 * A certificate handed out, by what it was made from: enough to revoke it when that changes, nothing of its
 * content (no name, no date of birth).
 *
 * @param doseId the certified dose (the latest)
 * @param doseHash its content hash when it was certified
 */
public record ServedCertificate(String uvci, String subjectId, int subjectVersion, ValidityWindow window, long doseId,
        byte[] doseHash, Instant servedAt) {
}
