package vn.vaxpass.server;

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

    public static void main(String... args) {
        if (!isServe(args)) {
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("quarkus.scheduler.enabled", "false");
            // Commands never consume the queues; only serve runs the workers. The renewal benchmark runs the renewal
            // consumer, on its own embedded queues, to time the real path.
            System.setProperty("mp.messaging.incoming.match-chunks-in.enabled", "false");
            if (!isBenchRenewal(args)) {
                System.setProperty("mp.messaging.incoming.renewal-due-in.enabled", "false");
            } else {
                LocalDatabase.defaultName(BenchRenewalCommand.DATABASE);
                if (LocalSqs.enabled()) {
                    LocalSqs.start();
                }
            }
        } else if (LocalSqs.enabled()) {
            LocalSqs.start();
        }
        LocalDatabase.ensureExists();
        Quarkus.run(VaxpassMain.class, args);
    }

    static boolean isServe(String... args) {
        return args.length > 0 && "serve".equals(args[0]);
    }

    static boolean isBenchRenewal(String... args) {
        return args.length > 0 && "bench-renewal".equals(args[0]);
    }

    @Override
    public int run(String... args) {
        return new CommandLine(new VaxpassCommand(), new CdiFactory()).execute(args);
    }
}
