package vn.vaxpass.server.registry;

import java.nio.file.Path;
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

import vn.vaxpass.server.certificate.CommandOutput;
import vn.vaxpass.synthetic.SyntheticDataGenerator;

/** {@code vaxpass generate}: a synthetic registry extract, subjects and their truth, for trying the matcher. */
@Dependent
@Unremovable
@Command(name = "generate", description = "Write a synthetic registry.csv, subjects.csv, truth.csv, communes.csv and doses.csv; prints a JSON summary.")
public class GenerateCommand implements Callable<Integer> {

    @Option(names = "--people", required = true, description = "People in the registry extract.")
    int people;

    @Option(names = "--subjects", required = true, description = "Vaccination subjects.")
    int subjects;

    @Option(names = "--seed", defaultValue = "1", description = "Seed: the same three numbers always give the same files (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "Directory for the five files (created; files replaced).")
    Path out;

    private final ObjectMapper json;

    @Inject
    public GenerateCommand(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Integer call() {
        SyntheticDataGenerator.Settings settings;
        try {
            settings = SyntheticDataGenerator.Settings.of(people, subjects, seed);
        } catch (IllegalArgumentException e) {
            return CommandOutput.problem(json, "INVALID_SETTINGS", e.getMessage(), List.of());
        }
        long start = System.nanoTime();
        SyntheticDataGenerator.Summary summary = new SyntheticDataGenerator().generate(settings, out);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("people", summary.people());
        line.put("subjects", summary.subjects());
        line.put("seed", seed);
        line.put("statuses", summary.statuses());
        line.put("corruptions", summary.corruptions());
        line.put("variations", summary.variations());
        line.put("doses", summary.doses());
        line.put("files", List.of(out.resolve(SyntheticDataGenerator.REGISTRY_FILE).toString(),
                out.resolve(SyntheticDataGenerator.SUBJECTS_FILE).toString(), out.resolve(SyntheticDataGenerator.TRUTH_FILE).toString(),
                out.resolve(SyntheticDataGenerator.COMMUNES_FILE).toString(), out.resolve(SyntheticDataGenerator.DOSES_FILE).toString()));
        line.put("seconds", Seconds.since(start));
        CommandOutput.print(json, line);
        return 0;
    }
}
