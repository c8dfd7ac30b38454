package vn.vaxpass.infrastructure;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The npm checkers in terraform/checks (package-lock.json pins them; {@code .ci/run} installs them with
 * {@code npm ci}) and node, which runs them. Where either is missing a test that needs them is skipped with the
 * reason, except under {@code CI=true}, where the missing tool fails it.
 */
final class Checkers {

    /** The repository: the directory above this module's that holds terraform/main.tf. */
    static final Path ROOT = root();
    static final Path DIRECTORY = ROOT.resolve("terraform").resolve("checks");

    static final String HCL2JSON = "@cdktf/hcl2json";
    static final String ACTION_VALIDATOR = "@action-validator/cli";

    private static final long TIMEOUT_SECONDS = 120;

    private Checkers() {
    }

    record Result(int exitCode, String stdout, String stderr) {

        String output() {
            return stdout + stderr;
        }
    }

    /** Skips (fails under CI=true) unless node and the npm package are installed. */
    static void require(String npmPackage) {
        boolean node = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, "node")));
        unavailableUnless(node, "node is not installed (.ci/run installs it): infrastructure check skipped");
        unavailableUnless(Files.isDirectory(DIRECTORY.resolve("node_modules").resolve(npmPackage)), npmPackage
                + " is not installed: run npm ci --prefix terraform/checks (.ci/run does)");
    }

    static Path script(String relativePath) {
        return DIRECTORY.resolve(relativePath);
    }

    static Path nodeModule(String relativePath) {
        return DIRECTORY.resolve("node_modules").resolve(relativePath);
    }

    /** Runs node with the arguments in the repository's root; standard output and error kept apart. */
    static Result node(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add("node");
        command.addAll(arguments);
        try {
            Path stderr = Files.createTempFile("infrastructure-check", ".stderr");
            try {
                Process process = new ProcessBuilder(command).directory(ROOT.toFile())
                        .redirectError(stderr.toFile()).start();
                process.getOutputStream().close();
                String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    Assertions.fail(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s");
                }
                return new Result(process.exitValue(), stdout, Files.readString(stderr, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run node", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void unavailableUnless(boolean available, String reason) {
        if ("true".equals(System.getenv("CI"))) {
            Assertions.assertTrue(available, reason);
        } else {
            Assumptions.assumeTrue(available, reason);
        }
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("terraform").resolve("main.tf"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no terraform/main.tf above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
