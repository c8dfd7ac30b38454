package vn.vaxpass.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import vn.vaxpass.certificate.VaccinationRecord;
import vn.vaxpass.signing.CoseAlgorithm;
import vn.vaxpass.signing.LocalSigningKeys;
import vn.vaxpass.signing.SoftwareSigner;

/** Keys and data for the benchmarks: generated per run in a temporary directory, never checked in. */
final class BenchmarkKeys {

    static final Instant ISSUED_AT = Instant.parse("2026-01-15T03:00:00Z");
    static final String UVCI = "URN:UVCI:01:VN:0123456789ABCDEF0123456789ABCDEF#B";
    static final VaccinationRecord RECORD = new VaccinationRecord("Nguyễn Thị Thuỳ Dương", "1985-03-07", List.of(
            new VaccinationRecord.Dose(1, 2, "2021-08-10", "EU/1/20/1528", "ORG-100030215", "J07BX03", "VN",
                    "Ministry of Health of Viet Nam"),
            new VaccinationRecord.Dose(2, 2, "2021-09-14", "EU/1/20/1528", "ORG-100030215", "J07BX03", "VN",
                    "Ministry of Health of Viet Nam")));

    private BenchmarkKeys() {
    }

    static SoftwareSigner signer(CoseAlgorithm algorithm) {
        return signer(algorithm, directory());
    }

    /** The signer whose keys are (or will be) in {@code directory}, as {@link LocalSigningKeys} lays them out. */
    static SoftwareSigner signer(CoseAlgorithm algorithm, Path directory) {
        return LocalSigningKeys.loadOrCreate(directory, algorithm, Clock.fixed(ISSUED_AT, java.time.ZoneOffset.UTC));
    }

    static Path directory() {
        try {
            return Files.createTempDirectory("vaxpass-bench-keys");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
