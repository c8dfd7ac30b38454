/**
 * The Unique Vaccination Certificate/assertion Identifier (UVCI): the DCC's {@code ci} field.
 *
 * <p>Format: eHealth Network, "Guidelines on verifiable vaccination certificates – basic interoperability
 * elements", Release 2 (2021-03-12), Annex 2
 * (<a href="https://ec.europa.eu/health/sites/health/files/ehealth/docs/vaccination-proof_interoperability-guidelines_en.pdf">PDF</a>).
 * Prefix, checksum alphabet and example: DCC schema FAQ, "UVCI checksum"
 * (<a href="https://github.com/ehn-dcc-development/eu-dcc-schema/wiki/FAQ#uvci-checksum">wiki</a>).
 * Length limit: DCC JSON schema 1.3, {@code certificate_id} ({@code maxLength} 80).
 */
package vn.vaxpass.certificate.uvci;
