package vn.vaxpass.registry;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

/** The mirror in PostgreSQL, as the default configuration makes it the {@link PopulationRegistry}. */
@QuarkusTest
class RegistryMirrorFetchesExactlyTheRequestedPeople extends PopulationRegistryFetchesExactlyTheRequestedPeople {

    @Inject
    Pool pool;

    @Inject
    PopulationRegistry registry;

    @Override
    PopulationRegistry registryOf(List<RegistryEntry> people) {
        RegistryFixtureRows.deleteAll(pool);
        RegistryFixtureRows.insert(pool, people);
        return registry;
    }
}
