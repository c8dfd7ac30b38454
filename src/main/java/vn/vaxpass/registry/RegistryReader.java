package vn.vaxpass.registry;

import java.util.List;
import java.util.Objects;

import vn.vaxpass.access.Reach;

/**
 * Whoever asks to be shown registry data: the account that acts (a token's subject, an opaque id, never personal
 * data), its roles as the token names them, for the audit ({@link RegistryDisclosureStore}) and the quota
 * ({@link RegistryQuota}), and its reach, for what it may see ({@link IdNumberMask}).
 */
public record RegistryReader(String account, List<String> roles, Reach reach) {

    public RegistryReader {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(reach, "reach");
        roles = roles.stream().sorted().toList();
    }
}
