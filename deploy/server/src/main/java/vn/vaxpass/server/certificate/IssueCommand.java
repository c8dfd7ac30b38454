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

import vn.vaxpass.certificate.CertificateIdentifiers;
import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.certificate.DscDoesNotCoverValidityException;
import vn.vaxpass.certificate.InvalidCertificateDataException;
import vn.vaxpass.certificate.IssuedCertificate;
import vn.vaxpass.certificate.VaccinationRecord;
import vn.vaxpass.shared.ValidityWindow;
import vn.vaxpass.qr.QrEncoder;
import vn.vaxpass.qr.QrPngWriter;
import vn.vaxpass.qr.QrSvgWriter;
import vn.vaxpass.qr.QrSymbol;
import vn.vaxpass.signing.PemFiles;

/** {@code vaxpass issue}: a certificate from a vaccination record, with the configured (by default local) keys. */
@Dependent
@Unremovable
@Command(name = "issue", description = "Issue a certificate from a vaccination record (JSON); prints a JSON summary.")
public class IssueCommand implements Callable<Integer> {

    public static final String HC1_FILE = "certificate.hc1";
    public static final String PNG_FILE = "certificate.png";
    public static final String SVG_FILE = "certificate.svg";
    public static final String DSC_FILE = "dsc.pem";

    @Option(names = "--record", required = true, description = "The vaccination record, JSON.")
    Path record;

    @Option(names = "--issued-at", description = "The issuing instant, ISO-8601 (default: now).")
    Instant issuedAt;

    @Option(names = "--out", required = true, description = "Directory for certificate.hc1, .png, .svg and dsc.pem.")
    Path out;

    private final CertificateIssuer issuer;
    private final CertificateIdentifiers identifiers;
    private final ObjectMapper json;
    private final Clock clock;

    @Inject
    public IssueCommand(CertificateIssuer issuer, CertificateIdentifiers identifiers, ObjectMapper json, Clock clock) {
        this.issuer = issuer;
        this.identifiers = identifiers;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        VaccinationRecord vaccinationRecord;
        try {
            vaccinationRecord = json.readValue(record.toFile(), VaccinationRecord.class);
        } catch (IOException e) {
            return CommandOutput.problem(json, "UNREADABLE_RECORD",
                    "Cannot read " + record + " as a vaccination record (JSON with fullName, dateOfBirth, doses).", List.of());
        }
        Instant at = issuedAt != null ? issuedAt : clock.instant();
        ValidityWindow window = ValidityWindow.startingAt(at);
        String uvci = identifiers.derive(json.writeValueAsString(vaccinationRecord), window.issuedAt().toString());
        IssuedCertificate certificate;
        try {
            certificate = issuer.issue(vaccinationRecord, uvci, at);
        } catch (InvalidCertificateDataException e) {
            return CommandOutput.problem(json, InvalidCertificateDataException.CODE,
                    "The record cannot be certified as it is; correct the fields listed.", e.errors());
        } catch (DscDoesNotCoverValidityException e) {
            return CommandOutput.problem(json, DscDoesNotCoverValidityException.CODE, e.getMessage(), List.of());
        }
        Files.createDirectories(out);
        QrSymbol symbol = QrEncoder.encode(certificate.hc1());
        Files.writeString(out.resolve(HC1_FILE), certificate.hc1(), StandardCharsets.US_ASCII);
        Files.write(out.resolve(PNG_FILE), QrPngWriter.write(symbol));
        Files.writeString(out.resolve(SVG_FILE), QrSvgWriter.write(symbol), StandardCharsets.UTF_8);
        Files.writeString(out.resolve(DSC_FILE), PemFiles.toPem(issuer.signer().certificate()), StandardCharsets.US_ASCII);

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("uvci", certificate.uvci());
        summary.put("issuedAt", certificate.validity().issuedAt());
        summary.put("expiresAt", certificate.validity().expiresAt());
        summary.put("kid", java.util.Base64.getEncoder().encodeToString(certificate.kid()));
        summary.put("algorithm", issuer.signer().algorithm().name());
        summary.put("hc1Length", certificate.hc1().length());
        summary.put("files", List.of(out.resolve(HC1_FILE).toString(), out.resolve(PNG_FILE).toString(),
                out.resolve(SVG_FILE).toString(), out.resolve(DSC_FILE).toString()));
        CommandOutput.print(json, summary);
        return 0;
    }
}
