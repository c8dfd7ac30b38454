package vn.vaxpass.registry;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.registry.MatchRequests;

/**
 * The population registry as matching needs it: everyone a pass of {@link vn.vaxpass.matching.SubjectMatcher}
 * asked for, fetched at once for a whole chunk of subjects.
 *
 * <p>Two implementations, chosen by {@code vaxpass.registry.source} ({@link RegistryBeans}): {@link RegistryMirror},
 * the registry's extract loaded into our own PostgreSQL; and {@link RegistryHttpClient}, the registry's own service
 * asked over HTTP, for deployments that may not keep a copy.
 */
public interface PopulationRegistry {

    /**
     * Every person with a requested ID number or old ID number, and everyone of each requested (name key, birth
     * year) and (commune, birth year) block: whole blocks, never part of one, since the matcher ranks a block's
     * people against each other.
     */
    Uni<RegistryView> fetch(MatchRequests requests);
}
