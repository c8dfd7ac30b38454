package vn.vaxpass.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

import io.vertx.mutiny.core.Vertx;

/**
 * The {@link PopulationRegistry} every matcher injects: the mirror or the registry service, as
 * {@code vaxpass.registry.source} says at run time. Only the chosen one is created.
 */
public class RegistryBeans {

    @Produces
    @ApplicationScoped
    PopulationRegistry populationRegistry(RegistryConfig config, Instance<RegistryMirror> mirror, Instance<Vertx> vertx) {
        return switch (config.source()) {
            case MIRROR -> mirror.get();
            case HTTP -> new RegistryHttpClient(vertx.get(), config.http());
        };
    }

    void close(@Disposes PopulationRegistry registry) {
        if (registry instanceof RegistryHttpClient client) {
            client.close();
        }
    }
}
