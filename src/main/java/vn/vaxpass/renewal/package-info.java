/**
 * Scheduled certificate renewal: a daily scan ({@link vn.vaxpass.renewal.RenewalScan}) finds the subjects
 * whose current 12-month window ends within the notice period ({@link vn.vaxpass.renewal.NoticePeriod}) and
 * sends one {@code certificate-renewal-due} message each ({@link vn.vaxpass.renewal.RenewalDue}); the
 * consumer ({@link vn.vaxpass.renewal.RenewalPrecomputation}) computes the next window's certificate through
 * certificates on demand and tells the citizen ({@link vn.vaxpass.renewal.CitizenNotification}), once per
 * subject and window ({@code certificate_renewal}). Messages carry ids and dates only (docs/messages.md).
 *
 * <p>Rules: "told ahead, once per window"; "the renewed certificate is the one the sign function will serve";
 * "a record no longer eligible is told what to fix".
 *
 * <p>Reads {@code issuance} and {@code shared}, and of {@code lookup} only the text message and its port
 * ({@code SmsRequested}, {@code SmsQueue}, {@code PhoneNumber}), to text the citizen the outcome as the lookup texts
 * its codes; sends through ports, never SQS itself. It must not depend on the lookup's own workings, nor on Lambda or
 * SQS types (the {@code renewal-scan} and {@code renewal-due} handlers and the server's consumer adapt to it).
 */
package vn.vaxpass.renewal;
