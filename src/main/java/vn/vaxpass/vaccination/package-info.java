/**
 * Vaccination data as the platform exports it: the CSV imports of subjects
 * ({@link vn.vaxpass.vaccination.SubjectImport}), doses ({@link vn.vaxpass.vaccination.DoseImport}, codes checked
 * against the EU value sets) and communes ({@link vn.vaxpass.vaccination.CommuneImport}), each table described by
 * its {@code *Rows} class for {@code imports}; subjects files read for matching
 * ({@link vn.vaxpass.vaccination.SubjectsFile}) and the commune directory
 * ({@link vn.vaxpass.vaccination.CommuneStore}).
 *
 * <p>Reads {@code certificate} (value sets only), {@code csv}, {@code identity}, {@code imports}, {@code shared} and
 * {@code subject}. It must not depend on what is built on subjects and doses ({@code matching},
 * {@code confirmation}, {@code issuance}, {@code renewal}, {@code lookup}).
 */
package vn.vaxpass.vaccination;
