/**
 * The commune clean-up workflow (Ministry of Health dispatches 1908 and 1975/CNTT-BYT, 2022): a commune's list of
 * residents whose vaccination data is wrong ({@link vn.vaxpass.correction.ListCreation}), village proposals and the
 * police's decisions ({@link vn.vaxpass.correction.ItemWork}, {@link vn.vaxpass.correction.BulkConfirmation}), the
 * signed hand-back ({@link vn.vaxpass.correction.HandBackSigning}), applying it
 * ({@link vn.vaxpass.correction.Applying}), direct edits, citizens' reports, the audit trail, the verification list and
 * the progress report. Who may take each action: {@link vn.vaxpass.correction.Action}.
 */
package vn.vaxpass.correction;
