package vn.vaxpass.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

import vn.vaxpass.signing.CoseAlgorithm;

/**
 * Test keys, generated in the test run (never checked in): one local CSCA + DSC per algorithm, created
 * once per JVM in a temporary directory through the same code as production's development keys.
 * The DSC is valid from {@link #DSC_CREATED} minus one year to one year after it.
 */
public final class SigningFixture {

    public static final Instant DSC_CREATED = Instant.parse("2026-06-01T00:00:00Z");
    /** An issuing instant whose whole 12-month window the test DSCs cover. */
    public static final Instant COVERED_ISSUE_TIME = Instant.parse("2026-03-01T01:00:00Z");
    private static final Map<CoseAlgorithm, SoftwareSigner> SIGNERS = new EnumMap<>(CoseAlgorithm.class);
    private static final Map<CoseAlgorithm, Path> DIRECTORIES = new EnumMap<>(CoseAlgorithm.class);

    private SigningFixture() {
    }

    public static synchronized SoftwareSigner signer(CoseAlgorithm algorithm) {
        return SIGNERS.computeIfAbsent(algorithm, a -> LocalSigningKeys.loadOrCreate(directory(a), a,
                Clock.fixed(DSC_CREATED, ZoneOffset.UTC)));
    }

    public static SoftwareSigner es256() {
        return signer(CoseAlgorithm.ES256);
    }

    public static synchronized Path directory(CoseAlgorithm algorithm) {
        return DIRECTORIES.computeIfAbsent(algorithm, a -> {
            try {
                Path dir = Files.createTempDirectory("vaxpass-keys-" + a.name().toLowerCase());
                dir.toFile().deleteOnExit();
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A fresh, unrelated ES256 signer: its certificate is in no trust list. */
    public static SoftwareSigner stranger() {
        try {
            Path dir = Files.createTempDirectory("vaxpass-keys-stranger");
            return LocalSigningKeys.loadOrCreate(dir, CoseAlgorithm.ES256, Clock.fixed(DSC_CREATED, ZoneOffset.UTC));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
