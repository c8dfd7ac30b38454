package vn.vaxpass.shared;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@link System#exit}: Quarkus's shutdown hook stops the application as on a signal, and the status is this one
 * whatever the command was (in AWS Lambda, the runtime's exit ends the execution environment). Or a halt.
 */
@ApplicationScoped
public class SystemProcessEnd implements FatalErrorExit.ProcessEnd {

    @Override
    public void exit(int status) {
        System.exit(status);
    }

    @Override
    public void halt(int status) {
        Runtime.getRuntime().halt(status);
    }
}
