package vn.vaxpass.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Generated files for tests, read back as a reader of the files would: one standard data set per test run (made once,
 * deleted at exit), and a plain RFC 4180 reader.
 */
final class GeneratedDataset {

    static final int PEOPLE = 60_000;
    static final int SUBJECTS = 20_000;
    static final long SEED = 20_220_413L;

    private static GeneratedDataset standard;

    final Path directory;
    final SyntheticDataGenerator.Summary summary;

    private GeneratedDataset(Path directory, SyntheticDataGenerator.Summary summary) {
        this.directory = directory;
        this.summary = summary;
    }

    /** 60,000 people and 20,000 subjects with the default proportions. */
    static synchronized GeneratedDataset standard() {
        if (standard == null) {
            standard = generate(SyntheticDataGenerator.Settings.of(PEOPLE, SUBJECTS, SEED));
        }
        return standard;
    }

    static GeneratedDataset generate(SyntheticDataGenerator.Settings settings) {
        try {
            Path directory = Files.createTempDirectory("synthetic-");
            directory.toFile().deleteOnExit();
            SyntheticDataGenerator.Summary summary = new SyntheticDataGenerator().generate(settings, directory);
            for (String file : List.of(SyntheticDataGenerator.REGISTRY_FILE, SyntheticDataGenerator.SUBJECTS_FILE,
                    SyntheticDataGenerator.TRUTH_FILE, SyntheticDataGenerator.COMMUNES_FILE,
                    SyntheticDataGenerator.DOSES_FILE)) {
                directory.resolve(file).toFile().deleteOnExit();
            }
            return new GeneratedDataset(directory, summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path registry() {
        return directory.resolve(SyntheticDataGenerator.REGISTRY_FILE);
    }

    Path subjects() {
        return directory.resolve(SyntheticDataGenerator.SUBJECTS_FILE);
    }

    Path truth() {
        return directory.resolve(SyntheticDataGenerator.TRUTH_FILE);
    }

    Path communes() {
        return directory.resolve(SyntheticDataGenerator.COMMUNES_FILE);
    }

    /** Every row of a file as column name to value. */
    static List<Map<String, String>> rows(Path file) {
        List<Map<String, String>> rows = new ArrayList<>();
        forEachRow(file, rows::add);
        return rows;
    }

    static void forEachRow(Path file, Consumer<Map<String, String>> action) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = parse(reader.readLine());
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> fields = parse(line);
                if (fields.size() != header.size()) {
                    throw new IllegalStateException(file + ": " + fields.size() + " fields in " + line);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), fields.get(i));
                }
                action.accept(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of RFC 4180 (no field of ours spans lines). */
    static List<String> parse(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
