package vn.vaxpass.correction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The certification authorities whose certificates an officer may sign a hand-back with: in production the root of
 * the government CA (VGCA, Ban Cơ yếu Chính phủ), which issues the commune police's signing certificates; in tests a
 * CA made in the test. PEM files ({@code vaxpass.correction.officer-signature.trust-anchors}) or PEM text
 * ({@code ...trust-anchors-pem}, for an environment variable); read on first use. None configured: every officer
 * signature is refused as untrusted, and hand-backs carry the server's signature only.
 */
@ApplicationScoped
public class OfficerTrustAnchors {

    private final List<Path> files;
    private final Optional<String> pem;
    private volatile Set<TrustAnchor> anchors;

    @Inject
    public OfficerTrustAnchors(
            @ConfigProperty(name = "vaxpass.correction.officer-signature.trust-anchors") Optional<List<Path>> files,
            @ConfigProperty(name = "vaxpass.correction.officer-signature.trust-anchors-pem") Optional<String> pem) {
        this.files = files.orElse(List.of());
        this.pem = pem.filter(text -> !text.isBlank());
    }

    public Set<TrustAnchor> anchors() {
        Set<TrustAnchor> loaded = anchors;
        if (loaded == null) {
            synchronized (this) {
                if (anchors == null) {
                    anchors = load();
                }
                loaded = anchors;
            }
        }
        return loaded;
    }

    private Set<TrustAnchor> load() {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                certificates.addAll(read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the officer signature trust anchors in " + file, e);
            }
        }
        pem.ifPresent(text -> certificates.addAll(read(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)))));
        return certificates.stream().map(certificate -> new TrustAnchor(certificate, null)).collect(Collectors.toUnmodifiableSet());
    }

    private static List<X509Certificate> read(InputStream in) {
        try {
            return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast).toList();
        } catch (CertificateException e) {
            throw new IllegalStateException("An officer signature trust anchor is not a PEM certificate", e);
        }
    }
}
