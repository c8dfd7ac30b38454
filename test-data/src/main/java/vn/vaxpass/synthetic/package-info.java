/**
 * Synthetic population-registry extract and vaccination subjects with ground truth, for testing the matcher that
 * checks subjects against the registry. Entry point: {@link vn.vaxpass.synthetic.SyntheticDataGenerator} (files and
 * their columns are described there); command line: {@link vn.vaxpass.synthetic.GenerateSyntheticData}.
 *
 * <h2>Structure</h2>
 * <table>
 *   <caption>Classes by step</caption>
 *   <tr><th>Step</th><th>Classes</th></tr>
 *   <tr><td>Reference tables</td><td>{@code Provinces} (ID prefixes, population, GSO-like communes),
 *       {@code NameBook} and {@code NameForm} (family and given names), {@code PopulationPyramid}, read by
 *       {@code TableResource} from {@code src/main/resources/synthetic/} (sources in its SOURCE.txt)</td></tr>
 *   <tr><td>Registry</td><td>{@code HouseholdComposer} (who lives together), {@code PersonFactory} (birth dates,
 *       ID numbers, CMND), {@code RegistryGenerator} (writes registry.csv), {@code Registry} (compact arrays and the
 *       number index {@code LongIntHashMap})</td></tr>
 *   <tr><td>Subjects</td><td>{@code SubjectGenerator} (draws people, writes subjects.csv and truth.csv),
 *       {@code SubjectMistakes} with {@code IdNumberMistakes}, {@code NameMistakes}, {@code InputMethodLeftovers};
 *       harmless {@code NameVariations} with {@code TonePlacement}; {@code ClerkWriting} (dates and gender)</td></tr>
 *   <tr><td>Ground truth</td><td>{@code RegistryCheckContract}: the expected status from what was written;
 *       {@code TruthFile} reads truth.csv back (the quality figures of {@code match --truth})</td></tr>
 * </table>
 *
 * <h2>Rules kept</h2>
 * <ul>
 *   <li>The expected status is computed from the written fields by the contract, never from a mistake's intent.</li>
 *   <li>A subject has at most one mistake per field, so no mistake undoes another; a subject with a mistake is never
 *       VERIFIED, one with variations only always is.</li>
 *   <li>Same settings, same bytes: one {@link java.util.SplittableRandom} seed, no iteration over hash order.</li>
 * </ul>
 */
package vn.vaxpass.synthetic;
