/**
 * The population registry's mirror ({@link vn.vaxpass.registry.RegistryPerson}, and the
 * {@link vn.vaxpass.registry.RegistryView} the matcher reads) and the CSV imports that load it and the other
 * reference and subject tables; and the client of the registry's own service
 * ({@link vn.vaxpass.registry.RegistryHttpClient}), which a deployment keeping no copy reads instead.
 *
 * <h2>Imports</h2>
 * {@link vn.vaxpass.imports.StagedCsvImport} loads one file in one transaction, as a list of steps:
 * <ol>
 *   <li>read each record ({@code vn.vaxpass.csv}) and check its values ({@link vn.vaxpass.imports.ImportTable#read},
 *       {@link vn.vaxpass.imports.RowValues});</li>
 *   <li>stage accepted rows and refused ones in temporary tables, a batch of UNNEST arrays at a time;</li>
 *   <li>check across rows in SQL ({@link vn.vaxpass.imports.ImportTable.Rejection}: duplicate keys, unknown
 *       communes, numbers taken);</li>
 *   <li>merge: insert new keys, update changed rows, leave identical rows unwritten;</li>
 *   <li>write the clerk's report in line order, then commit, or roll back a refused file.</li>
 * </ol>
 * <table>
 *   <caption>Imports by file</caption>
 *   <tr><th>File</th><th>Import</th><th>Rows</th><th>Row codes</th></tr>
 *   <tr><td>registry extract</td><td>{@link vn.vaxpass.registry.RegistryImport}</td><td>{@code registry_person}</td>
 *       <td>{@link vn.vaxpass.registry.RegistryRowError}</td></tr>
 *   <tr><td>communes</td><td>{@code vn.vaxpass.vaccination.CommuneImport}</td><td>{@code commune}</td>
 *       <td>{@code CommuneRowError}</td></tr>
 *   <tr><td>subjects</td><td>{@code vn.vaxpass.vaccination.SubjectImport}</td><td>{@code vaccination_subject}</td>
 *       <td>{@code SubjectRowError}</td></tr>
 * </table>
 *
 * <h2>Rules kept</h2>
 * <ul>
 *   <li>A file-level error, or a record that is not well-formed CSV, changes nothing ({@link
 *       vn.vaxpass.imports.ImportStatus}); a well-formed row whose values cannot be read is reported and skipped.</li>
 *   <li>The same file twice changes nothing: the second import writes no row.</li>
 *   <li>Reports and results carry codes and line numbers; the only value of a row a report holds is its key.</li>
 * </ul>
 */
package vn.vaxpass.registry;
