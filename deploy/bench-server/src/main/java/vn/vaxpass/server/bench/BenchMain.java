package vn.vaxpass.server.bench;

import java.util.List;

import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

import vn.vaxpass.server.LocalDatabase;
import vn.vaxpass.server.VaxpassMain;
import vn.vaxpass.server.bench.soak.BenchSoakCommand;
import vn.vaxpass.server.bench.soak.SoakServerSettings;

/**
 * The benchmarks' application: the server (every command of {@code vaxpass}) with the {@code bench-*} commands added
 * ({@link vn.vaxpass.server.VaxpassSubcommand}), which the production jar does not carry. Chosen over the server's
 * own main by {@code quarkus.package.main-class} ({@value #NAME}). Each command starts as the server starts its
 * one-shot commands; {@code bench-renewal} keeps the renewal consumers, on an embedded SQS and a database of its own;
 * {@code bench-kms-quota} has a database of its own too; {@code bench-soak} starts as {@code serve} does, on a database
 * of its own, and drives that server over HTTP.
 */
@QuarkusMain(name = BenchMain.NAME)
public class BenchMain implements QuarkusApplication {

    static final String NAME = "bench";

    public static void main(String... args) {
        if (args.length > 0 && BenchRenewalCommand.NAME.equals(args[0])) {
            // The renewal benchmark times the real path (scan -> queue -> consumer -> notification queue).
            LocalDatabase.defaultName(BenchRenewalCommand.DATABASE);
            VaxpassMain.start(BenchMain.class, BenchRenewalCommand.CHANNELS, args);
        } else if (args.length > 0 && BenchKmsQuotaCommand.NAME.equals(args[0])) {
            LocalDatabase.defaultName(BenchKmsQuotaCommand.DATABASE);
            VaxpassMain.start(BenchMain.class, List.of(), args);
        } else if (args.length > 0 && BenchSoakCommand.NAME.equals(args[0])) {
            // The soak drives the server it runs in, over HTTP: serve's whole set-up, on a database of its own.
            LocalDatabase.defaultName(BenchSoakCommand.DATABASE);
            SoakServerSettings.apply();
            VaxpassMain.startServing(BenchMain.class, args);
        } else {
            VaxpassMain.start(BenchMain.class, List.of(), args);
        }
    }

    @Override
    public int run(String... args) {
        return VaxpassMain.commandLine().execute(args);
    }
}
