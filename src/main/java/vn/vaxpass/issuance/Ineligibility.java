package vn.vaxpass.issuance;

/**
 * One reason a certificate cannot be issued: its code, where it lies ({@code registryCheck}, {@code doses},
 * {@code doses[2]} for dose number 2, or a record field), and a message the citizen or the clerk understands.
 */
public record Ineligibility(EligibilityReason reason, String field, String message) {
}
