/**
 * Dose confirmations ("ký xác nhận"): facility staff confirm the doses their facility gave on a day. A confirmation
 * records who (the staff token's subject, no personal data), when, and the SHA-256 of exactly what was confirmed
 * ({@link vn.vaxpass.confirmation.DoseContent}'s canonical form). Only a dose whose present content has that hash
 * counts as confirmed ({@link vn.vaxpass.confirmation.ConfirmationState}); certificates need every dose confirmed.
 */
package vn.vaxpass.confirmation;
