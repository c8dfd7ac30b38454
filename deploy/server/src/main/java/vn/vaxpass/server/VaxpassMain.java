package vn.vaxpass.server;

import java.util.Comparator;
import java.util.List;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

import picocli.CommandLine;

/**
 * One jar, two modes: {@code serve} runs every HTTP function on one port and the queue workers (on an embedded
 * SQS unless told otherwise); every other command runs once and exits, without opening a port, starting schedules or
 * consuming queues. An application built on the server (the benchmarks') starts the same way ({@link #start}) and
 * adds its commands as {@link VaxpassSubcommand} beans.
 */
@QuarkusMain
public class VaxpassMain implements QuarkusApplication {

    /** Every SQS channel of the server, as {@code incoming.NAME} or {@code outgoing.NAME}. */
    public static final List<String> QUEUE_CHANNELS = List.of(
            "incoming.match-chunks-in", "outgoing.match-chunks-out", "outgoing.sms-requested", "incoming.sms-requested-in",
            "incoming.renewal-due-in");

    public static void main(String... args) {
        start(VaxpassMain.class, List.of(), args);
    }

    /**
     * Runs {@code application} for {@code args}. {@code serve} keeps every channel, on the embedded SQS unless told
     * otherwise; any other command runs without a port, schedules or demo data and with none of the SQS channels
     * but {@code keptChannels} (of {@link #QUEUE_CHANNELS}), which get the embedded SQS unless told otherwise.
     */
    public static void start(Class<? extends QuarkusApplication> application, List<String> keptChannels, String... args) {
        if (!isServe(args)) {
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("quarkus.scheduler.enabled", "false");
            // Commands neither consume nor send to the queues they do not keep; only serve runs the workers and the
            // functions that send. Without this the SQS connector looks the queues up at start and logs a
            // credentials error...
            for (String channel : QUEUE_CHANNELS) {
                if (keptChannels.contains(channel)) {
                    // An earlier command in the same JVM (the tests launch several) may have switched it off.
                    System.clearProperty("mp.messaging." + channel + ".enabled");
                } else {
                    System.setProperty("mp.messaging." + channel + ".enabled", "false");
                }
            }
            // ...and saying so, channel by channel, would only bury the command's own output.
            System.setProperty("quarkus.log.category.\"io.smallrye.reactive.messaging.provider\".level", "ERROR");
            // Only serve puts demo data into an empty database.
            System.setProperty("vaxpass.demo.enabled", "false");
        }
        if ((isServe(args) || !keptChannels.isEmpty()) && LocalSqs.enabled()) {
            LocalSqs.start();
        }
        LocalDatabase.ensureExists();
        Quarkus.run(application, args);
    }

    /**
     * Runs {@code application} for {@code args} as {@code serve} runs, whatever the command: its port, schedules, demo
     * data unless switched off, and every channel on the embedded SQS unless told otherwise. For a command that drives
     * the server it runs in over HTTP (the benchmarks' {@code bench-soak}), so that it measures the server's own heap.
     */
    public static void startServing(Class<? extends QuarkusApplication> application, String... args) {
        // A one-shot command run earlier in the same JVM (the tests launch several) switched these off.
        System.clearProperty("quarkus.http.host-enabled");
        System.clearProperty("quarkus.scheduler.enabled");
        for (String channel : QUEUE_CHANNELS) {
            System.clearProperty("mp.messaging." + channel + ".enabled");
        }
        if (LocalSqs.enabled()) {
            LocalSqs.start();
        }
        LocalDatabase.ensureExists();
        Quarkus.run(application, args);
    }

    static boolean isServe(String... args) {
        return args.length > 0 && "serve".equals(args[0]);
    }

    @Override
    public int run(String... args) {
        return commandLine().execute(args);
    }

    /**
     * The {@code vaxpass} command line of the running application: the server's commands, and those it adds
     * ({@link VaxpassSubcommand} beans, in the order of their class names), built as CDI beans.
     */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new VaxpassCommand(), new CdiFactory());
        // Their classes, as for the server's own commands: picocli has CdiFactory build them.
        Arc.container().select(VaxpassSubcommand.class).handlesStream()
                .<Class<?>>map(handle -> handle.getBean().getBeanClass())
                .sorted(Comparator.comparing(Class::getName))
                .forEach(line::addSubcommand);
        return line;
    }
}
