package vn.vaxpass.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The real exit, in a process of its own ({@link FatalErrorExitProbe}): an error that leaves the process unfit to
 * serve, uncaught on any thread, ends the process with status 70, for its platform to start another; a stack
 * overflow, over once its stack has unwound, does not.
 */
class AFatalErrorOnAnyThreadEndsTheProcess {

    @Test
    void anInternalErrorEndsTheProcessWithStatus70() throws Exception {
        Probe probe = run("internal-error");

        assertThat(probe.status()).as(probe.output()).isEqualTo(FatalErrorExit.STATUS);
        assertThat(probe.output()).doesNotContain("still serving");
    }

    @Test
    void aStackOverflowLeavesTheProcessServing() throws Exception {
        Probe probe = run("stack-overflow");

        assertThat(probe.status()).as(probe.output()).isZero();
        assertThat(probe.output()).contains("still serving");
    }

    private record Probe(int status, String output) {
    }

    private static Probe run(String kind) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", classPath, FatalErrorExitProbe.class.getName(), kind)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Probe(process.exitValue(), output);
    }
}
