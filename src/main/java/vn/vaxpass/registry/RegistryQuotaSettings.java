package vn.vaxpass.registry;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code vaxpass.registry.*}: how much of the registry one account may ask about. */
@ConfigMapping(prefix = "vaxpass.registry")
public interface RegistryQuotaSettings {

    /**
     * Registry checks one account (a token's subject) may make per UTC day ({@link RegistryQuota}). A commune clerk
     * checks at most a few hundred subjects a day by hand; far more is someone using the registry as an oracle.
     */
    @WithDefault("500")
    int dailyQuota();
}
