package vn.vaxpass.registry;

import java.util.List;

import org.junit.jupiter.api.AfterEach;

/** The HTTP client, against a registry service on this machine holding the same people. */
class RegistryHttpClientFetchesExactlyTheRequestedPeople extends PopulationRegistryFetchesExactlyTheRequestedPeople {

    private final RegistryServiceRig rig = new RegistryServiceRig();

    @Override
    PopulationRegistry registryOf(List<RegistryEntry> people) {
        rig.service.serve(people);
        return rig.client();
    }

    @AfterEach
    void stop() {
        rig.close();
    }
}
