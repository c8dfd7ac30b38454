package vn.vaxpass.server.certificate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.Dependent;

import io.quarkus.arc.Unremovable;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.vaxpass.qr.QrReadException;
import vn.vaxpass.qr.QrReader;
import vn.vaxpass.certificate.verify.CertificateVerifier;
import vn.vaxpass.certificate.verify.VerificationResult;
import vn.vaxpass.functions.verify.VerifyResponse;
import vn.vaxpass.signing.SigningKeyException;
import vn.vaxpass.signing.TrustList;
import vn.vaxpass.signing.PemFiles;

/** {@code vaxpass verify}: verifies HC1 text files or QR images, one JSON line per file. */
@Dependent
@Unremovable
@Command(name = "verify", description = "Verify HC1 text files or QR code images (PNG, JPEG); one JSON line per file.")
public class VerifyCommand implements Callable<Integer> {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8};

    @Option(names = "--dsc", description = "Trust only this DSC (PEM) instead of the local trust list.")
    Path dsc;

    @Option(names = "--clock", converter = ClockOption.class,
            description = "Verify as at this instant, ISO-8601 with Z, +02:00, +0200 or no zone for UTC (default: now).")
    Instant at;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "HC1 text files or QR images.")
    List<Path> files;

    private final TrustList localTrustList;
    private final ObjectMapper json;
    private final Clock clock;

    @Inject
    public VerifyCommand(TrustList localTrustList, ObjectMapper json, Clock clock) {
        this.localTrustList = localTrustList;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        TrustList trustList;
        try {
            trustList = dsc == null ? localTrustList : TrustList.of(PemFiles.readCertificate(dsc));
        } catch (SigningKeyException e) {
            return CommandOutput.problem(json, "UNREADABLE_DSC", e.getMessage(), List.of());
        }
        CertificateVerifier verifier = new CertificateVerifier(trustList, clock);
        Instant now = at != null ? at : clock.instant();
        boolean allValid = true;
        for (Path file : files) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("file", file.toString());
            try {
                VerificationResult result = verifier.verify(hc1Of(file), now);
                allValid &= result.isValid();
                VerifyResponse response = VerifyResponse.of(result);
                line.put("valid", response.valid());
                line.put("error", response.error());
                line.put("message", response.message());
                // Offline: no revocation list is fetched, and the line says so.
                line.put("revocationChecked", response.revocationChecked());
                line.put("certificate", response.certificate());
            } catch (QrReadException e) {
                allValid = false;
                line.put("valid", false);
                line.put("error", e.code().name());
                line.put("message", e.getMessage());
            } catch (IOException e) {
                allValid = false;
                line.put("valid", false);
                line.put("error", "UNREADABLE_FILE");
                line.put("message", "Cannot read the file: " + e.getClass().getSimpleName());
            }
            line.values().removeIf(java.util.Objects::isNull);
            CommandOutput.print(json, line);
        }
        return allValid ? 0 : 1;
    }

    private static String hc1Of(Path file) throws IOException, QrReadException {
        byte[] content = Files.readAllBytes(file);
        if (startsWith(content, PNG_SIGNATURE) || startsWith(content, JPEG_SIGNATURE)) {
            return QrReader.read(content);
        }
        return new String(content, StandardCharsets.UTF_8).strip();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && java.util.Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
