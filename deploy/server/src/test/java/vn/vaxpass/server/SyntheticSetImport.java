package vn.vaxpass.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.vaxpass.csv.CsvFileException;
import vn.vaxpass.imports.ImportResult;
import vn.vaxpass.registry.RegistryImport;
import vn.vaxpass.server.registry.RegistryFileLoad;
import vn.vaxpass.synthetic.SyntheticDataGenerator;
import vn.vaxpass.synthetic.TruthFile;
import vn.vaxpass.vaccination.CommuneImport;
import vn.vaxpass.vaccination.DoseImport;
import vn.vaxpass.vaccination.SubjectImport;

/**
 * A synthetic set with ground truth, generated and imported as {@code vaxpass generate} and {@code vaxpass import}
 * do it: the registry, communes, subjects and doses, each file whole and without a refused row.
 */
@ApplicationScoped
public class SyntheticSetImport {

    private final RegistryFileLoad files;
    private final RegistryImport registryImport;
    private final CommuneImport communeImport;
    private final SubjectImport subjectImport;
    private final DoseImport doseImport;

    @Inject
    public SyntheticSetImport(RegistryFileLoad files, RegistryImport registryImport, CommuneImport communeImport,
            SubjectImport subjectImport, DoseImport doseImport) {
        this.files = files;
        this.registryImport = registryImport;
        this.communeImport = communeImport;
        this.subjectImport = subjectImport;
        this.doseImport = doseImport;
    }

    /** Generates the set into {@code data}, imports it, and returns what each subject's registry check should say. */
    public Map<String, TruthFile.Expected> importInto(Path data, SyntheticDataGenerator.Settings settings)
            throws IOException, CsvFileException {
        new SyntheticDataGenerator().generate(settings, data);
        load(data.resolve(SyntheticDataGenerator.REGISTRY_FILE), registryImport::run, RegistryImport.REPORT_KEY_COLUMN);
        load(data.resolve(SyntheticDataGenerator.COMMUNES_FILE), communeImport::run, CommuneImport.REPORT_KEY_COLUMN);
        load(data.resolve(SyntheticDataGenerator.SUBJECTS_FILE), subjectImport::run, SubjectImport.REPORT_KEY_COLUMN);
        load(data.resolve(SyntheticDataGenerator.DOSES_FILE), doseImport::run, DoseImport.REPORT_KEY_COLUMN);
        try (InputStream in = Files.newInputStream(data.resolve(SyntheticDataGenerator.TRUTH_FILE))) {
            return TruthFile.read(in);
        }
    }

    private void load(Path file, RegistryFileLoad.FileImport fileImport, String keyColumn) throws IOException {
        ImportResult result = files.load(file, fileImport, keyColumn).result();
        assertThat(result.status().refused()).as(file.getFileName() + ": " + result).isFalse();
        assertThat(result.rowErrors()).as(file.getFileName() + ": " + result).isZero();
    }
}
