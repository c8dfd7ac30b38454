/**
 * Staged, all-or-nothing CSV imports. {@link vn.vaxpass.imports.StagedCsvImport} loads one file in one
 * transaction, as a list of steps:
 * <ol>
 *   <li>read each record ({@code vn.vaxpass.csv}) and check its values ({@link vn.vaxpass.imports.ImportTable#read},
 *       {@link vn.vaxpass.imports.RowValues});</li>
 *   <li>stage accepted rows and refused ones in temporary tables, a batch of UNNEST arrays at a time
 *       ({@link vn.vaxpass.imports.Staging});</li>
 *   <li>check across rows in SQL ({@link vn.vaxpass.imports.ImportTable.Rejection}: duplicate keys, unknown
 *       communes, numbers taken);</li>
 *   <li>merge: insert new keys, update changed rows, leave identical rows unwritten;</li>
 *   <li>write the clerk's report in line order, then commit, or roll back a refused file
 *       ({@link vn.vaxpass.imports.ImportResult}, {@link vn.vaxpass.imports.ImportStatus}).</li>
 * </ol>
 * Each file's table is described by an {@link vn.vaxpass.imports.ImportTable} in the package that owns it
 * ({@code registry.RegistryRows}, {@code vaccination.CommuneRows}, {@code vaccination.SubjectRows},
 * {@code vaccination.DoseImportRows}), run by that package's import ({@code registry.RegistryImport},
 * {@code vaccination.CommuneImport}, ...).
 *
 * <h2>Rules kept</h2>
 * <ul>
 *   <li>A file-level error, or a record that is not well-formed CSV, changes nothing; a well-formed row whose values
 *       cannot be read is reported and skipped.</li>
 *   <li>The same file twice changes nothing: the second import writes no row.</li>
 *   <li>Reports and results carry codes and line numbers; the only value of a row a report holds is its key.</li>
 * </ul>
 *
 * <p>Depends on {@code csv} only (and the reactive SQL client). It must not depend on the packages whose tables
 * it loads ({@code registry}, {@code vaccination}, {@code subject}): they describe their tables to it.
 */
package vn.vaxpass.imports;
