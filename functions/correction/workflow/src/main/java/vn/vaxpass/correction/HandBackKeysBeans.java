package vn.vaxpass.correction;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.vaxpass.signing.KmsClients;

/** The configured hand-back keys: PEM files ({@code local}, the default) or KMS keys ({@code kms}, in AWS). */
public class HandBackKeysBeans {

    /** Where the hand-back keys live. */
    public enum Mode {
        LOCAL,
        KMS
    }

    @Produces
    @Singleton
    HandBackKeys handBackKeys(@ConfigProperty(name = "vaxpass.correction.hand-back.mode", defaultValue = "local") Mode mode,
            @ConfigProperty(name = "vaxpass.correction.hand-back.key-directory") Optional<Path> directory,
            @ConfigProperty(name = "vaxpass.correction.hand-back.generate-if-missing", defaultValue = "false")
            boolean generateIfMissing,
            @ConfigProperty(name = "vaxpass.correction.hand-back.kms-key-ids") Optional<List<String>> kmsKeyIds,
            @ConfigProperty(name = "vaxpass.correction.hand-back.kms-region") Optional<String> region,
            @ConfigProperty(name = "vaxpass.correction.hand-back.kms-endpoint") Optional<URI> endpoint, Clock clock) {
        return switch (mode) {
            case LOCAL -> new LocalHandBackKeys(directory.orElseThrow(() -> new IllegalStateException(
                    "vaxpass.correction.hand-back.key-directory must be set for the local hand-back mode")),
                    generateIfMissing, clock);
            case KMS -> new KmsHandBackKeys(KmsClients.create(region.orElseThrow(() -> new IllegalStateException(
                    "vaxpass.correction.hand-back.kms-region must be set for the kms hand-back mode")), endpoint),
                    kmsKeyIds.orElse(List.of()));
        };
    }
}
