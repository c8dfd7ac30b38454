package vn.vaxpass.fuzzing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a {@link Fuzzer} run found: how many inputs ended in each outcome (overall and by the layer mutated), the
 * inputs that threw (unexpected) or whose outcome the oracle refused, and each input's allocation against its size
 * and the target's bound. Examples are the lowest-numbered inputs of their kind, so a report does not depend on
 * how the inputs were shared among threads.
 */
public final class FuzzReport {

    /** Examples kept of each kind of failure. */
    static final int EXAMPLES = 5;

    /** One input that failed or went over its allocation bound, with what it takes to make it again. */
    public record Example(long index, String layer, String failure, String input) {
    }

    /** The largest allocation of an input against a measure, and which input it was. */
    public record Largest(long index, int size, long allocated, double measure) {
    }

    long inputs;
    long unexpected;
    long refused;
    long overBound;
    long inputBytes;
    final Map<String, Long> outcomes = new TreeMap<>();
    final Map<String, Map<String, Long>> outcomesByLayer = new TreeMap<>();
    final List<Example> unexpectedExamples = new ArrayList<>();
    final List<Example> refusedExamples = new ArrayList<>();
    final List<Example> overBoundExamples = new ArrayList<>();
    Largest largestAllocation;
    Largest largestPerByte;
    Largest largestShareOfBound;
    /** The input that took longest, its nanoseconds in place of bytes: wall time, so the machine's load is in it. */
    Largest slowest;
    final List<Long> allocationSample = new ArrayList<>();
    double seconds;
    long seed;
    int threads;

    void ran(long index, String layer, String outcome, int size, long allocated, long bound, long nanos) {
        slowest = larger(slowest, new Largest(index, size, nanos, nanos));
        inputs++;
        inputBytes += size;
        String counted = outcome == null ? "(failed)" : outcome;
        outcomes.merge(counted, 1L, Long::sum);
        outcomesByLayer.computeIfAbsent(layer, l -> new TreeMap<>()).merge(counted, 1L, Long::sum);
        largestAllocation = larger(largestAllocation, new Largest(index, size, allocated, allocated));
        largestPerByte = larger(largestPerByte, new Largest(index, size, allocated, (double) allocated / Math.max(1, size)));
        largestShareOfBound = larger(largestShareOfBound, new Largest(index, size, allocated, (double) allocated / bound));
        if (allocated > bound) {
            overBound++;
            keep(overBoundExamples, new Example(index, layer, allocated + " bytes allocated for " + size
                    + " bytes of input, bound " + bound, ""));
        }
        if ((index & 63) == 0) {
            allocationSample.add(allocated);
        }
    }

    void unexpected(long index, String layer, String input, Throwable failure) {
        unexpected++;
        keep(unexpectedExamples, new Example(index, layer, Fuzzer.stackTrace(failure), input));
    }

    void refused(long index, String layer, String input, AssertionError failure) {
        refused++;
        keep(refusedExamples, new Example(index, layer, String.valueOf(failure.getMessage()), input));
    }

    private static void keep(List<Example> examples, Example example) {
        examples.add(example);
        examples.sort(Comparator.comparingLong(Example::index));
        if (examples.size() > EXAMPLES) {
            examples.remove(examples.size() - 1);
        }
    }

    private static Largest larger(Largest kept, Largest candidate) {
        if (kept == null || candidate.measure() > kept.measure()
                || candidate.measure() == kept.measure() && candidate.index() < kept.index()) {
            return candidate;
        }
        return kept;
    }

    static FuzzReport merge(List<FuzzReport> parts) {
        FuzzReport all = new FuzzReport();
        for (FuzzReport part : parts) {
            all.inputs += part.inputs;
            all.unexpected += part.unexpected;
            all.refused += part.refused;
            all.overBound += part.overBound;
            all.inputBytes += part.inputBytes;
            part.outcomes.forEach((outcome, count) -> all.outcomes.merge(outcome, count, Long::sum));
            part.outcomesByLayer.forEach((layer, counts) -> counts.forEach((outcome, count) ->
                    all.outcomesByLayer.computeIfAbsent(layer, l -> new TreeMap<>()).merge(outcome, count, Long::sum)));
            part.unexpectedExamples.forEach(example -> keep(all.unexpectedExamples, example));
            part.refusedExamples.forEach(example -> keep(all.refusedExamples, example));
            part.overBoundExamples.forEach(example -> keep(all.overBoundExamples, example));
            if (part.largestAllocation != null) {
                all.largestAllocation = larger(all.largestAllocation, part.largestAllocation);
                all.largestPerByte = larger(all.largestPerByte, part.largestPerByte);
                all.largestShareOfBound = larger(all.largestShareOfBound, part.largestShareOfBound);
                all.slowest = larger(all.slowest, part.slowest);
            }
            all.allocationSample.addAll(part.allocationSample);
        }
        return all;
    }

    public long inputs() {
        return inputs;
    }

    /** Inputs whose run threw something other than the oracle's AssertionError: must be none. */
    public long unexpected() {
        return unexpected;
    }

    /** Inputs whose outcome the oracle refused (a forged certificate found valid, say): must be none. */
    public long refused() {
        return refused;
    }

    /** Inputs that allocated more than the target's bound for their size: must be none. */
    public long overBound() {
        return overBound;
    }

    public Map<String, Long> outcomes() {
        return outcomes;
    }

    public Map<String, Map<String, Long>> outcomesByLayer() {
        return outcomesByLayer;
    }

    public List<Example> unexpectedExamples() {
        return unexpectedExamples;
    }

    public List<Example> refusedExamples() {
        return refusedExamples;
    }

    public List<Example> overBoundExamples() {
        return overBoundExamples;
    }

    public Largest largestAllocation() {
        return largestAllocation;
    }

    /** The input that allocated the most bytes per byte of its own size. */
    public Largest largestAllocationPerByte() {
        return largestPerByte;
    }

    /** The input that came closest to its bound (measure: allocated / bound). */
    public Largest largestShareOfBound() {
        return largestShareOfBound;
    }

    /** The median allocation of every 64th input (index divisible by 64). */
    public long medianAllocation() {
        List<Long> sorted = new ArrayList<>(allocationSample);
        sorted.sort(null);
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    public double seconds() {
        return seconds;
    }

    public double inputsPerSecond() {
        return seconds == 0 ? 0 : inputs / seconds;
    }

    /** The whole report as nested maps, for a JSON line. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("seed", seed);
        map.put("threads", threads);
        map.put("inputs", inputs);
        map.put("unexpectedExceptions", unexpected);
        map.put("oracleRefusals", refused);
        map.put("overAllocationBound", overBound);
        map.put("seconds", Math.round(seconds * 1000) / 1000.0);
        map.put("inputsPerSecond", Math.round(inputsPerSecond()));
        map.put("meanInputBytes", inputs == 0 ? 0 : Math.round((double) inputBytes / inputs));
        map.put("medianAllocatedBytes", medianAllocation());
        map.put("largestAllocation", largest(largestAllocation));
        map.put("largestAllocationPerInputByte", largest(largestPerByte));
        map.put("closestToBound", largest(largestShareOfBound));
        if (slowest != null) {
            Map<String, Object> slow = new LinkedHashMap<>();
            slow.put("index", slowest.index());
            slow.put("inputBytes", slowest.size());
            slow.put("milliseconds", Math.round(slowest.allocated() / 1e5) / 10.0);
            map.put("slowestInput", slow);
        }
        map.put("outcomes", outcomes);
        map.put("outcomesByLayer", outcomesByLayer);
        map.put("unexpectedExamples", unexpectedExamples);
        map.put("refusedExamples", refusedExamples);
        map.put("overBoundExamples", overBoundExamples);
        return map;
    }

    private static Map<String, Object> largest(Largest largest) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (largest != null) {
            map.put("index", largest.index());
            map.put("inputBytes", largest.size());
            map.put("allocatedBytes", largest.allocated());
            map.put("allocatedPerInputByte", Math.round((double) largest.allocated() / Math.max(1, largest.size()) * 10) / 10.0);
        }
        return map;
    }

    @Override
    public String toString() {
        return toMap().toString();
    }
}
