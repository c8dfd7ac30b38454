package vn.vaxpass.server.bench;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/**
 * The {@code --runs} and {@code --warmup} options of every timed bench command (a picocli mixin), and which of a
 * command's runs count: runs 1 to {@link #warmup} are not counted (the first runs of a fresh JVM compile the code on
 * the way), the {@link #runs} after them are. Each command gives its own defaults:
 * {@code @Mixin MeasuredRuns measured = new MeasuredRuns(5, 1);}.
 */
final class MeasuredRuns {

    @Option(names = "--runs", description = "Measured runs (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", description = "Runs before those, not counted: the first runs of a fresh JVM compile"
            + " the code on the way (default ${DEFAULT-VALUE}).")
    int warmup;

    /** Picocli takes these field values as the options' defaults. */
    MeasuredRuns(int runs, int warmup) {
        this.runs = runs;
        this.warmup = warmup;
    }

    /** How many runs in all, the warm-up's first: run numbers go from 1 to this. */
    int total() {
        return warmup + runs;
    }

    /** Whether this run (from 1) is a warm-up run, not counted. */
    boolean isWarmup(int run) {
        return run <= warmup;
    }

    /** A run's JSON line, begun: its step, its number and whether it is a warm-up run; the command adds its figures. */
    Map<String, Object> lineOf(int run) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("step", "run");
        line.put("run", run);
        line.put("warmup", isWarmup(run));
        return line;
    }
}
