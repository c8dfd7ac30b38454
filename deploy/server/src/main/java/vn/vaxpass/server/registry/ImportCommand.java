package vn.vaxpass.server.registry;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Unremovable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.vaxpass.imports.ImportResult;
import vn.vaxpass.registry.RegistryImport;
import vn.vaxpass.server.certificate.CommandOutput;
import vn.vaxpass.vaccination.CommuneImport;
import vn.vaxpass.vaccination.CommuneSuccessorImport;
import vn.vaxpass.vaccination.DoseImport;
import vn.vaxpass.vaccination.SubjectImport;

/**
 * {@code vaxpass import}: the files given, in the order each needs the one before (registry, communes, the communes
 * merged since 1 July 2025, subjects, doses), each all or nothing with its error report beside it ({@code F.errors.csv}). One JSON line per file; a file
 * refused as a whole stops the command (exit 2) before the files after it, which may need its rows.
 */
@Dependent
@Unremovable
@Command(name = "import", description = "Import registry.csv, communes.csv, commune-successors.csv, subjects.csv and doses.csv (whichever are given, in that order); prints JSON lines.")
public class ImportCommand implements Callable<Integer> {

    @Option(names = "--registry", description = "Registry extract: id_number,old_id_number,full_name,date_of_birth,gender,commune_code.")
    Path registry;

    @Option(names = "--communes", description = "Communes: commune_code,province_code,name.")
    Path communes;

    @Option(names = "--commune-successors", description = "Communes merged since 1 July 2025: old_commune_code,current_commune_code.")
    Path communeSuccessors;

    @Option(names = "--subjects", description = "Subjects: subject_id,full_name,date_of_birth,gender,id_number,phone,commune_code.")
    Path subjects;

    @Option(names = "--doses", description = "Doses: subject_id,dose_number,total_doses,vaccinated_on,product,manufacturer,prophylaxis,lot,facility_code.")
    Path doses;

    private final RegistryFileLoad load;
    private final RegistryImport registryImport;
    private final CommuneImport communeImport;
    private final CommuneSuccessorImport successorImport;
    private final SubjectImport subjectImport;
    private final DoseImport doseImport;
    private final ObjectMapper json;

    @Inject
    public ImportCommand(RegistryFileLoad load, RegistryImport registryImport, CommuneImport communeImport, CommuneSuccessorImport successorImport, SubjectImport subjectImport, DoseImport doseImport, ObjectMapper json) {
        this.successorImport = successorImport;
        this.load = load;
        this.registryImport = registryImport;
        this.communeImport = communeImport;
        this.subjectImport = subjectImport;
        this.doseImport = doseImport;
        this.json = json;
    }

    private record Step(String name, Path file, RegistryFileLoad.FileImport fileImport, String keyColumn) {
    }

    @Override
    public Integer call() throws IOException {
        List<Step> steps = new ArrayList<>();
        add(steps, "registry", registry, registryImport::run, RegistryImport.REPORT_KEY_COLUMN);
        add(steps, "communes", communes, communeImport::run, CommuneImport.REPORT_KEY_COLUMN);
        add(steps, "commune-successors", communeSuccessors, successorImport::run,
                CommuneSuccessorImport.REPORT_KEY_COLUMN);
        add(steps, "subjects", subjects, subjectImport::run, SubjectImport.REPORT_KEY_COLUMN);
        add(steps, "doses", doses, doseImport::run, DoseImport.REPORT_KEY_COLUMN);
        if (steps.isEmpty()) {
            return CommandOutput.problem(json, "NO_FILE", "Give at least one of --registry, --communes,"
                    + " --commune-successors, --subjects, --doses.", List.of());
        }
        for (Step step : steps) {
            long start = System.nanoTime();
            RegistryFileLoad.Loaded loaded;
            try {
                loaded = load.load(step.file(), step.fileImport(), step.keyColumn());
            } catch (NoSuchFileException e) {
                return CommandOutput.problem(json, "FILE_NOT_FOUND", "No such file: " + e.getFile(), List.of());
            }
            ImportResult result = loaded.result();
            if (result.status().refused()) {
                return CommandOutput.problem(json, step.name().toUpperCase() + "_" + result.status(), "The "
                        + step.name() + " file " + step.file() + " was refused (" + result.status()
                        + "), nothing of it changed and no later file was imported; see " + loaded.report(), List.of());
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("step", step.name());
            line.put("file", step.file().toString());
            line.put("rows", result.rowsRead());
            line.put("inserted", result.inserted());
            line.put("updated", result.updated());
            line.put("unchanged", result.unchanged());
            line.put("rowErrors", result.rowErrors());
            line.put("errorReport", loaded.report().toString());
            line.put("seconds", Seconds.since(start));
            CommandOutput.print(json, line);
        }
        return 0;
    }

    private static void add(List<Step> steps, String name, Path file, RegistryFileLoad.FileImport fileImport,
            String keyColumn) {
        if (file != null) {
            steps.add(new Step(name, file, fileImport, keyColumn));
        }
    }
}
