/**
 * The population registry, as matching reads it: the {@link vn.vaxpass.registry.PopulationRegistry} port with two
 * implementations, our PostgreSQL mirror ({@link vn.vaxpass.registry.RegistryMirror}, loaded from extracts by
 * {@link vn.vaxpass.registry.RegistryImport}, rows refused with {@link vn.vaxpass.registry.RegistryRowError}) and the
 * registry's own service ({@link vn.vaxpass.registry.RegistryHttpClient}, docs/registry-service.md) for a deployment
 * keeping no copy. A chunk's candidates are asked at once ({@link vn.vaxpass.registry.MatchRequests}) and answered as
 * a {@link vn.vaxpass.registry.RegistryView}. How an import runs is {@code vn.vaxpass.imports}.
 *
 * <p>What a caller is shown of the registry, and what that costs it: {@link vn.vaxpass.registry.IdNumberMask} (a
 * registry ID number, whole or masked by the caller's reach), {@link vn.vaxpass.registry.RegistryDisclosureStore} (who
 * was shown what, append-only) and {@link vn.vaxpass.registry.RegistryQuota} (registry checks per account per UTC day),
 * for every feature that shows registry data to use alike.
 *
 * <p>Reads {@code access}, {@code csv}, {@code identity} and {@code imports}. It must not depend on {@code matching} (which reads
 * it), on the vaccination subjects ({@code subject}, {@code vaccination}), or on any feature built on matching.
 */
package vn.vaxpass.registry;
