/**
 * The EU Digital COVID Certificate format, as a pipeline of small steps (hcert spec): a
 * {@link vn.vaxpass.certificate.VaccinationRecord} is checked, turned into the DCC payload, checked against the
 * schema ({@code schema}), put into a CWT ({@code cwt}) written as CBOR ({@code cbor}), signed as COSE_Sign1
 * ({@code cose}), compressed and Base45-encoded behind {@code HC1:} ({@code encoding}).
 * {@link vn.vaxpass.certificate.CertificateIssuer} runs the chain and keeps every intermediate;
 * {@code verify.CertificateVerifier} walks it back and names the one step that failed; {@code uvci} writes and reads
 * certificate identifiers.
 *
 * <p>Owns the format only: which subject gets which certificate, and when, is decided by {@code issuance}.
 * Depends on {@code identity} (names' ICAO transliteration), {@code shared} and {@code signing} (the signer and the
 * trust list) and on nothing else of Vaxpass. It must not depend on any package that reads the database or knows a
 * subject ({@code subject}, {@code vaccination}, {@code matching}, {@code confirmation}, {@code issuance},
 * {@code renewal}, {@code lookup}), nor on Lambda or HTTP types.
 */
package vn.vaxpass.certificate;
