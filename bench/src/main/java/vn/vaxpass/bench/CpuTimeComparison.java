package vn.vaxpass.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Compares builds of the core on the issuing steps by the thread's CPU time per operation, all builds in one
 * JVM (each in its own class loader with its own copy of {@link IssuingSteps}), interleaved in shuffled
 * rounds. On this shared VM wall-clock JMH figures swing several-fold with the other processes' load; CPU
 * time and interleaving keep both builds under the same conditions. Use {@code bench/compare-cpu}.
 *
 * <p>Arguments: regex of step names, rounds, milliseconds of CPU per measurement, then the builds' jars.
 */
public final class CpuTimeComparison {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int WARM_UP_ROUNDS = 3;
    private static final int BATCH = 20;
    private static volatile Object sink;

    private CpuTimeComparison() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        String regex = args[0];
        int rounds = Integer.parseInt(args[1]);
        long millis = Long.parseLong(args[2]);
        Map<String, Map<String, Supplier<Object>>> builds = new LinkedHashMap<>();
        for (int i = 3; i < args.length; i++) {
            Path jar = Path.of(args[i]);
            URLClassLoader loader = new URLClassLoader(new URL[] {IssuingSteps.classesBeside(jar).toUri().toURL(), jar.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(loader);
            Map<String, Supplier<Object>> steps = (Map<String, Supplier<Object>>) loader.loadClass(IssuingSteps.class.getName())
                    .getMethod("steps").invoke(null);
            steps.keySet().removeIf(name -> !name.matches(regex));
            builds.put(jar.getFileName().toString().replace(".jar", ""), steps);
        }
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            builds.values().forEach(steps -> steps.values().forEach(step -> microsPerOperation(step, millis)));
        }
        Map<String, List<Double>> micros = new TreeMap<>();
        List<String> order = new ArrayList<>(builds.keySet());
        Random shuffle = new Random(1);
        for (int round = 0; round < rounds; round++) {
            Collections.shuffle(order, shuffle);
            for (String build : order) {
                builds.get(build).forEach((step, supplier) -> micros.computeIfAbsent(step + "\t" + build, k -> new ArrayList<>())
                        .add(microsPerOperation(supplier, millis)));
            }
        }
        System.out.println("step\tbuild\tmedian µs\tops/s (1e6/median)\tlower quartile µs\tmin µs");
        micros.forEach((key, values) -> {
            Collections.sort(values);
            double median = values.get(values.size() / 2);
            System.out.printf("%s\t%.2f\t%.0f\t%.2f\t%.2f%n", key, median, 1e6 / median, values.get(values.size() / 4), values.get(0));
        });
    }

    private static double microsPerOperation(Supplier<Object> step, long millis) {
        long start = THREADS.getCurrentThreadCpuTime();
        long end = start + millis * 1_000_000L;
        long operations = 0;
        long now;
        do {
            for (int i = 0; i < BATCH; i++) {
                sink = step.get();
            }
            operations += BATCH;
            now = THREADS.getCurrentThreadCpuTime();
        } while (now < end);
        return (now - start) / 1e3 / operations;
    }
}
