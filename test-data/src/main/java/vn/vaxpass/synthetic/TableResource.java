package vn.vaxpass.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The tables and name lists under {@code src/main/resources/synthetic/}, read from the class path as UTF-8. */
final class TableResource {

    private static final String FOLDER = "/synthetic/";

    private TableResource() {
    }

    /** The non-blank lines of a list, one entry a line, without surrounding white space. */
    static List<String> lines(String name) {
        List<String> lines = new ArrayList<>();
        for (String line : rawLines(name)) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    /** The rows of a tab-separated table, without its {@code #} comment lines and its header row. */
    static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        for (String line : rawLines(name)) {
            // An empty last column leaves a tab at the end of the line: keep it.
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            rows.add(line.split("\t", -1));
        }
        return rows;
    }

    private static List<String> rawLines(String name) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = open(name)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
        return lines;
    }

    private static BufferedReader open(String name) {
        InputStream in = TableResource.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + FOLDER + name);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
