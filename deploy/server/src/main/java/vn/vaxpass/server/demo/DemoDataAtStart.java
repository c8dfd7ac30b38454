package vn.vaxpass.server.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * Puts the demo data into an empty database when the server starts with {@code vaxpass.demo.enabled} (serve's
 * default; the other commands and tests turn it off), before it serves requests; remembers what it did for the hints.
 */
@ApplicationScoped
public class DemoDataAtStart {

    @ConfigProperty(name = "vaxpass.demo.enabled", defaultValue = "false")
    boolean enabled;

    private final DemoData demo;

    @Inject
    public DemoDataAtStart(DemoData demo) {
        this.demo = demo;
    }

    private volatile DemoData.Outcome outcome;

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            outcome = demo.seedIfEmpty();
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /** What the start did: null when the demo is off. */
    public DemoData.Outcome outcome() {
        return outcome;
    }
}
