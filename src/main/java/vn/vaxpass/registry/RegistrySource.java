package vn.vaxpass.registry;

/** Where matching reads the population registry ({@code vaxpass.registry.source}). */
public enum RegistrySource {
    /** Our own copy in PostgreSQL, loaded from the registry's extracts: {@link RegistryMirror}. */
    MIRROR,
    /** The registry's own service, asked at every fetch: {@link RegistryHttpClient}. */
    HTTP
}
