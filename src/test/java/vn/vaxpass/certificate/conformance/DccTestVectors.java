package vn.vaxpass.certificate.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The vendored dgc-testdata vectors, read from the test classpath ({@code dcc-testdata/}, see its SOURCE.txt). */
final class DccTestVectors {

    static final String ROOT = "dcc-testdata";
    static final String KNOWN_ISSUES = "tests/known_issues.csv";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DccTestVectors() {
    }

    /** Every vector JSON, sorted by path. */
    static List<DccTestVector> all() {
        Path root = root();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .map(file -> read(root, file))
                    .sorted(Comparator.comparing(DccTestVector::path))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KnownIssues knownIssues() {
        try {
            return KnownIssues.parse(Files.readAllLines(root().resolve(KNOWN_ISSUES), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DccTestVector read(Path root, Path file) {
        String path = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        try {
            return new DccTestVector(path, MAPPER.readTree(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable vector " + path, e);
        }
    }

    private static Path root() {
        URL url = DccTestVectors.class.getClassLoader().getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException(ROOT + " is missing from the test classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return jarFileSystem(uri).provider().getPath(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** When the tests run from the test-jar, the vectors are entries of it. */
    private static FileSystem jarFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
