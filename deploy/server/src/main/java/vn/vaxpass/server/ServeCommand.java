package vn.vaxpass.server;

import jakarta.enterprise.context.Dependent;

import io.quarkus.arc.Unremovable;

import io.quarkus.runtime.Quarkus;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import picocli.CommandLine.Command;

/** Serves every HTTP function of {@code functions/*} on one port until stopped. */
@Dependent
@Unremovable
@Command(name = "serve", description = "Serve every HTTP function on one port (default 8080) until stopped.")
public class ServeCommand implements Runnable {

    @ConfigProperty(name = "quarkus.http.port")
    int port;

    @Override
    public void run() {
        System.err.printf("""
                Vaxpass is serving on http://localhost:%1$d
                  OpenAPI:      curl http://localhost:%1$d/q/openapi
                  Health:       curl http://localhost:%1$d/q/health
                  Trust list:   curl http://localhost:%1$d/v1/trust-list
                  Verify:       curl -H 'Content-Type: application/json' -d '{"hc1":"HC1:..."}' http://localhost:%1$d/v1/certificates/verify
                                curl -H 'Content-Type: image/png' --data-binary @certificate.png http://localhost:%1$d/v1/certificates/verify
                  Match jobs:   TOKEN=$(deploy/vaxpass token --role province-health --province 01)
                                curl -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"scope":"commune","code":"00001"}' http://localhost:%1$d/v1/registry-match/jobs
                                curl -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary @subjects.csv http://localhost:%1$d/v1/registry-match/jobs
                                curl -H "Authorization: Bearer $TOKEN" http://localhost:%1$d/v1/registry-match/jobs/<id>[/results]
                Stop with Ctrl+C.
                """, port);
        Quarkus.waitForExit();
    }
}
