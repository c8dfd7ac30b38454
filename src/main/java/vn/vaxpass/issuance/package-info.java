/**
 * Certificates on demand: made on every request from the subject's verified record and confirmed doses, signed once
 * per subject, window and content and kept as a cache that is never the source of truth
 * ({@link vn.vaxpass.issuance.SignOncePerWindow}, {@link vn.vaxpass.issuance.SignedCertificateStore}). The steps
 * ({@link vn.vaxpass.issuance.CertificateOnDemand}): load the record
 * ({@link vn.vaxpass.issuance.CertificateStore}) → may the caller see it
 * ({@link vn.vaxpass.access.Reach#reachesCertificateOf}) → is it eligible
 * ({@link vn.vaxpass.issuance.EligibilityPolicy}) → the window containing now, anchored at the first
 * signature ({@link vn.vaxpass.issuance.AnchoredWindows}) → the engine's record
 * ({@link vn.vaxpass.issuance.CertifiedRecord}) → a derived UVCI → the CWT → the HC1 kept for that CWT and key, or a
 * new signature, kept → note it as handed out.
 * The revocation list is derived from the certificates handed out
 * ({@link vn.vaxpass.issuance.RevocationStore}).
 *
 * <p>Rules: "a certificate only for a record verified as it is now, every dose confirmed as it is now"; "a
 * corrected record revokes its certificate"; "the same window, the same certificate".
 *
 * <p>Reads {@code certificate}, {@code confirmation}, {@code identity}, {@code matching} and {@code shared}. It must
 * not depend on {@code renewal} or {@code lookup}, which call it, nor on HTTP or Lambda types (the sign function
 * adapts requests to it).
 */
package vn.vaxpass.issuance;
