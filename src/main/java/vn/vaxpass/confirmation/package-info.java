/**
 * Dose confirmations ("ký xác nhận"): facility staff confirm the doses their facility gave on a day. A confirmation
 * records who (the staff token's subject, no personal data), when, and the SHA-256 of exactly what was confirmed
 * ({@link vn.vaxpass.confirmation.DoseContent}'s canonical form). Only a dose whose present content has that hash
 * counts as confirmed ({@link vn.vaxpass.confirmation.ConfirmationState}); certificates need every dose confirmed.
 *
 * <p>Depends on no other Vaxpass package. It must not depend on {@code issuance}, {@code renewal} or
 * {@code lookup}, which ask it whether doses are confirmed, nor on HTTP types (the sign function adapts).
 */
package vn.vaxpass.confirmation;
