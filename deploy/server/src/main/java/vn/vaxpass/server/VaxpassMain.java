package vn.vaxpass.server;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

import picocli.CommandLine;

/**
 * One jar, two modes: {@code serve} runs every HTTP function on one port; every other command runs once
 * and exits, without opening a port or starting schedules.
 */
@QuarkusMain
public class VaxpassMain implements QuarkusApplication {

    public static void main(String... args) {
        if (!isServe(args)) {
            System.setProperty("quarkus.http.host-enabled", "false");
        }
        LocalDatabase.ensureExists();
        Quarkus.run(VaxpassMain.class, args);
    }

    static boolean isServe(String... args) {
        return args.length > 0 && "serve".equals(args[0]);
    }

    @Override
    public int run(String... args) {
        return new CommandLine(new VaxpassCommand(), new CdiFactory()).execute(args);
    }
}
