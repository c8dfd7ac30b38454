package vn.vaxpass.server;

import java.util.List;
import java.util.function.Predicate;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

import picocli.CommandLine;

import vn.vaxpass.server.renewal.BenchRenewalCommand;

/**
 * One jar, two modes: {@code serve} runs every HTTP function on one port and the queue workers (on an embedded
 * SQS unless told otherwise); every other command runs once and exits, without opening a port, starting schedules or
 * consuming queues.
 */
@QuarkusMain
public class VaxpassMain implements QuarkusApplication {

    /** Every SQS channel of the server, as {@code incoming.NAME} or {@code outgoing.NAME}. */
    static final List<String> QUEUE_CHANNELS = List.of(
            "incoming.match-chunks-in", "outgoing.match-chunks-out", "outgoing.sms-requested", "incoming.renewal-due-in");
    /** The channels {@code bench-renewal} runs on (it sends in batches, without a channel: SqsBatches). */
    static final List<String> RENEWAL_CHANNELS = List.of("incoming.renewal-due-in");

    public static void main(String... args) {
        if (!isServe(args)) {
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("quarkus.scheduler.enabled", "false");
            if (isBenchRenewal(args)) {
                // The renewal benchmark times the real path (scan -> queue -> consumer -> notification queue) on its
                // own embedded queues, so it keeps the renewal channels.
                disableQueueChannels(channel -> !RENEWAL_CHANNELS.contains(channel));
                LocalDatabase.defaultName(BenchRenewalCommand.DATABASE);
                if (LocalSqs.enabled()) {
                    LocalSqs.start();
                }
            } else {
                // Commands never consume or send to the queues; only serve runs the workers and the functions that
                // send. Without this the SQS connector looks the queues up at start and logs a credentials error.
                disableQueueChannels(channel -> true);
            }
            // ...and saying so, channel by channel, would only bury the command's own output.
            System.setProperty("quarkus.log.category.\"io.smallrye.reactive.messaging.provider\".level", "ERROR");
            // Only serve puts demo data into an empty database.
            System.setProperty("vaxpass.demo.enabled", "false");
        } else if (LocalSqs.enabled()) {
            LocalSqs.start();
        }
        LocalDatabase.ensureExists();
        Quarkus.run(VaxpassMain.class, args);
    }

    static boolean isServe(String... args) {
        return args.length > 0 && "serve".equals(args[0]);
    }

    private static void disableQueueChannels(Predicate<String> which) {
        for (String channel : QUEUE_CHANNELS) {
            if (which.test(channel)) {
                System.setProperty("mp.messaging." + channel + ".enabled", "false");
            }
        }
    }

    static boolean isBenchRenewal(String... args) {
        return args.length > 0 && "bench-renewal".equals(args[0]);
    }

    @Override
    public int run(String... args) {
        return new CommandLine(new VaxpassCommand(), new CdiFactory()).execute(args);
    }
}
