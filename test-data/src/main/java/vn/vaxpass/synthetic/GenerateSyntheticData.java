package vn.vaxpass.synthetic;

import java.nio.file.Path;

/**
 * Command line: {@code java -cp vaxpass-core.jar vn.vaxpass.synthetic.GenerateSyntheticData DIRECTORY PEOPLE SUBJECTS
 * SEED} writes the four files of {@link SyntheticDataGenerator} and prints what was made and how long it took.
 */
public final class GenerateSyntheticData {

    private GenerateSyntheticData() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: GenerateSyntheticData DIRECTORY PEOPLE SUBJECTS SEED");
            System.exit(2);
        }
        SyntheticDataGenerator.Settings settings = SyntheticDataGenerator.Settings.of(
                Integer.parseInt(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]));
        long start = System.nanoTime();
        SyntheticDataGenerator.Summary summary = new SyntheticDataGenerator().generate(settings, Path.of(args[0]));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%d people, %d subjects in %d ms%n", summary.people(), summary.subjects(), millis);
        System.out.println("statuses: " + summary.statuses());
        System.out.println("corruptions: " + summary.corruptions());
        System.out.println("variations: " + summary.variations());
    }
}
