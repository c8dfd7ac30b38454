package vn.vaxpass.lookup;

import java.util.List;

/** Whether the sign function will hand out a certificate for the record now, and if not, every reason why. */
public record CertificateAvailability(boolean available, List<Reason> reasons) {

    public CertificateAvailability {
        reasons = List.copyOf(reasons);
    }

    /** A reason code of the certificate's eligibility rules, and its message for the citizen. */
    public record Reason(String code, String message) {
    }
}
