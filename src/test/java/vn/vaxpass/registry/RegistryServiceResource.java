package vn.vaxpass.registry;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An {@link InMemoryRegistryService} for a Quarkus test, its URL as {@code vaxpass.registry.http.base-url}; the
 * test gets the service in its field of that type and chooses whom it serves.
 */
public class RegistryServiceResource implements QuarkusTestResourceLifecycleManager {

    private InMemoryRegistryService service;

    @Override
    public Map<String, String> start() {
        service = InMemoryRegistryService.start();
        return Map.of("vaxpass.registry.http.base-url", service.baseUrl().toString());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(service, new TestInjector.MatchesType(InMemoryRegistryService.class));
    }

    @Override
    public void stop() {
        if (service != null) {
            service.close();
        }
    }
}
