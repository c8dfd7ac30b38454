package vn.vaxpass.issuance;

import java.util.List;

/** The subject cannot have a certificate now; nothing was signed. The first reason is the one to show first. */
public class NotEligibleException extends RuntimeException {

    private final transient List<Ineligibility> reasons;

    public NotEligibleException(List<Ineligibility> reasons) {
        super(reasons.get(0).message());
        this.reasons = List.copyOf(reasons);
    }

    public EligibilityReason reason() {
        return reasons.get(0).reason();
    }

    public List<Ineligibility> reasons() {
        return reasons;
    }
}
