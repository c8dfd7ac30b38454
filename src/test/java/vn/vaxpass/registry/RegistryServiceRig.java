package vn.vaxpass.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import io.vertx.mutiny.core.Vertx;

/** A registry service on this machine and the clients a test builds for it; closes them all. */
final class RegistryServiceRig implements AutoCloseable {

    final InMemoryRegistryService service = InMemoryRegistryService.start();
    private final Vertx vertx = Vertx.vertx();
    private final List<RegistryHttpClient> clients = new ArrayList<>();

    /** A client with the test settings ({@link RegistryHttpSettings#of}), changed as given. */
    RegistryHttpClient client(UnaryOperator<RegistryHttpSettings> settings) {
        RegistryHttpClient client = new RegistryHttpClient(vertx, settings.apply(RegistryHttpSettings.of(service.baseUrl())));
        clients.add(client);
        return client;
    }

    RegistryHttpClient client() {
        return client(UnaryOperator.identity());
    }

    @Override
    public void close() {
        clients.forEach(RegistryHttpClient::close);
        service.close();
        vertx.closeAndAwait();
    }
}
