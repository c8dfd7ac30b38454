package vn.vaxpass.renewal;

/** What a renewal decided for a subject and its next window, as {@code certificate_renewal.outcome} keeps it. */
public enum RenewalOutcome {
    /** The next window's certificate was computed and noted as handed out; the citizen was told it is ready. */
    RENEWED,
    /** The record is not eligible any more; the citizen was told the reasons, to get them fixed. */
    BLOCKED
}
