package vn.vaxpass.certificate.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The independent tools interoperability is proven with: the Node.js HC1 verifier in
 * {@code ../shared/tools/dcc-verify} and {@code zbarimg}. Where a tool is missing the test is skipped with
 * the reason, except under {@code CI=true}, where a missing tool fails the run (.ci/run installs them).
 * Without {@code ../shared} (GitHub's runners) the tests that need it are skipped.
 */
public final class ExternalTools {

    private static final long TIMEOUT_SECONDS = 120;

    private ExternalTools() {
    }

    public record Result(int exitCode, String output) {
    }

    /** What a tool wrote to standard output, with its standard error kept apart. */
    record Output(int exitCode, String stdout, String stderr) {
    }

    public static Result run(Path directory, List<String> command) {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                Assertions.fail(command.get(0) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs the command and returns its standard output exactly, for tools whose output is compared byte for
     * byte while they log to standard error (zbarimg: ImageMagick's "Connection Error" when there is no D-Bus).
     */
    static Output runForStdout(Path directory, List<String> command) {
        try {
            Path stderr = Files.createTempFile("external-tool", ".stderr");
            try {
                Process process = new ProcessBuilder(command).directory(directory.toFile())
                        .redirectError(stderr.toFile()).start();
                process.getOutputStream().close();
                String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    Assertions.fail(command.get(0) + " did not finish in " + TIMEOUT_SECONDS + " s");
                }
                return new Output(process.exitValue(), stdout, Files.readString(stderr, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void require(String tool) {
        boolean present = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Paths.get(dir, tool)));
        unavailableUnless(present, tool + " is not installed (.ci/run installs it)");
    }

    /** The project's shared material: {@code ../shared} beside the repository. */
    static Path shared() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve(".mvn"))) {
            dir = dir.getParent();
        }
        Path shared = dir == null ? null : dir.resolveSibling("shared");
        // Only the project's own machines have ../shared (GitHub's runners do not): skip, even under CI.
        Assumptions.assumeTrue(shared != null && Files.isDirectory(shared), "../shared is not beside the repository");
        return shared;
    }

    /** A scratch copy of dcc-verify under target/, with its npm dependencies installed once. */
    public static synchronized Path dccVerify() throws IOException {
        require("node");
        require("npm");
        Path source = shared().resolve("tools/dcc-verify");
        Path copy = Paths.get("target/dcc-verify").toAbsolutePath();
        if (!Files.isDirectory(copy.resolve("node_modules"))) {
            Files.createDirectories(copy);
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, copy.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            List<String> install = new ArrayList<>(List.of("npm", "install", "--ignore-scripts", "--omit=optional",
                    "--no-audit", "--no-fund"));
            Result result = run(copy, install);
            Assertions.assertEquals(0, result.exitCode(), "npm install of dcc-verify failed:\n" + result.output());
        }
        return copy;
    }

    private static void unavailableUnless(boolean available, String reason) {
        if ("true".equals(System.getenv("CI"))) {
            Assertions.assertTrue(available, reason);
        } else {
            Assumptions.assumeTrue(available, reason);
        }
    }
}
