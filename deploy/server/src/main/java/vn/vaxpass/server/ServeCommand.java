package vn.vaxpass.server;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import io.quarkus.arc.Unremovable;

import io.quarkus.runtime.Quarkus;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import picocli.CommandLine.Command;

import vn.vaxpass.server.demo.DemoData;
import vn.vaxpass.server.demo.DemoDataAtStart;
import vn.vaxpass.server.demo.DemoHints;

/**
 * Serves every HTTP function of {@code functions/*} on one port until stopped; with the demo on (the default), prints
 * what to try with the demo data put in at start ({@link DemoDataAtStart}).
 */
@Dependent
@Unremovable
@Command(name = "serve", description = "Serve every HTTP function on one port (default 8080) until stopped.")
public class ServeCommand implements Runnable {

    @ConfigProperty(name = "quarkus.http.port")
    int port;

    private final DemoDataAtStart demoAtStart;
    private final DemoData demo;

    @Inject
    public ServeCommand(DemoDataAtStart demoAtStart, DemoData demo) {
        this.demoAtStart = demoAtStart;
        this.demo = demo;
    }

    @Override
    public void run() {
        System.err.printf("""
                Vaxpass is serving on http://localhost:%1$d
                  Portal:       http://localhost:%1$d/ (citizens: find my record, my certificate)
                  Console:      http://localhost:%1$d/console/ (stations, village teams, police, provinces; development sign-in)
                  OpenAPI:      curl http://localhost:%1$d/q/openapi
                  Health:       curl http://localhost:%1$d/q/health
                  Trust list:   curl http://localhost:%1$d/v1/trust-list
                  Verify:       curl -H 'Content-Type: application/json' -d '{"hc1":"HC1:..."}' http://localhost:%1$d/v1/certificates/verify
                                curl -H 'Content-Type: image/png' --data-binary @certificate.png http://localhost:%1$d/v1/certificates/verify
                  Match jobs:   TOKEN=$(deploy/vaxpass token --role province-health --province 01)
                                curl -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"scope":"commune","code":"00001"}' http://localhost:%1$d/v1/registry-match/jobs
                                curl -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary @subjects.csv http://localhost:%1$d/v1/registry-match/jobs
                                curl -H "Authorization: Bearer $TOKEN" http://localhost:%1$d/v1/registry-match/jobs/<id>[/results]
                """, port);
        if (demoAtStart.enabled()) {
            System.err.print(DemoHints.text(port, demoAtStart.outcome(),
                    demo.subjectToTry()));
        }
        System.err.print("Stop with Ctrl+C.\n");
        Quarkus.waitForExit();
    }
}
