package vn.vaxpass.registry;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The application configured to read the registry from its service ({@code vaxpass.registry.source=http}). */
public class RegistryServiceProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("vaxpass.registry.source", "http");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(RegistryServiceResource.class));
    }
}
