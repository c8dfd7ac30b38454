package vn.vaxpass.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;
import io.vertx.core.net.PemTrustOptions;

/**
 * The RDS CA bundle the functions verify the database server against ({@value DatabaseCa#BUNDLE}; its README says
 * where it came from and how to refresh it): self-signed CA certificates, each valid today, holding the authorities
 * of Viet Nam's region and RDS Proxy's; and both clients read all of it under the name the properties use.
 */
class TheDatabaseCaBundleHoldsLiveAuthorities {

    private static final String REFRESH = "refresh src/main/resources/database/rds-ca-bundle.pem as its README says";

    private final List<X509Certificate> bundle = DatabaseCa.certificates(DatabaseCa.BUNDLE);

    @Test
    void everyCertificateIsASelfSignedAuthorityValidToday() throws Exception {
        Instant now = Instant.now();
        for (X509Certificate certificate : bundle) {
            String name = certificate.getSubjectX500Principal().getName();
            assertThat(certificate.getBasicConstraints()).as("%s is a CA", name).isGreaterThanOrEqualTo(0);
            assertThat(certificate.getKeyUsage() == null || certificate.getKeyUsage()[5])
                    .as("%s may sign certificates", name).isTrue();
            assertThat(certificate.getSubjectX500Principal()).as("%s is self-signed", name)
                    .isEqualTo(certificate.getIssuerX500Principal());
            certificate.verify(certificate.getPublicKey());
            assertThat(certificate.getNotBefore().toInstant()).as("%s has begun", name).isBefore(now);
            assertThat(certificate.getNotAfter().toInstant()).as("%s has not expired: %s", name, REFRESH).isAfter(now);
        }
    }

    @Test
    void itHoldsTheAuthoritiesOfVietNamsRegionAndOfRdsProxy() {
        Set<String> names = new HashSet<>();
        for (X509Certificate certificate : bundle) {
            names.add(certificate.getSubjectX500Principal().getName());
        }
        assertThat(names).as("no certificate twice").hasSize(bundle.size());
        for (String authority : List.of("Amazon RDS ap-southeast-1 Root CA RSA2048 G1",
                "Amazon RDS ap-southeast-1 Root CA ECC384 G1", "Amazon Root CA 1")) {
            assertThat(names).anySatisfy(name -> assertThat(name).contains("CN=" + authority));
        }
    }

    @Test
    void jdbcTrustsEveryCertificateOfTheBundleAndNothingElse() throws Exception {
        assertThat(acceptedIssuers(DatabaseCa.trust(null))).containsExactlyInAnyOrderElementsOf(bundle);
        assertThat(new DatabaseCaSslSocketFactory(null).getDefaultCipherSuites()).isNotEmpty();
    }

    @Test
    void theReactiveClientReadsTheWholeBundleByItsClassPathName() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            TrustManagerFactory trust = new PemTrustOptions().addCertPath(DatabaseCa.BUNDLE)
                    .getTrustManagerFactory(vertx);
            assertThat(acceptedIssuers(trust)).containsExactlyInAnyOrderElementsOf(bundle);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    private static List<X509Certificate> acceptedIssuers(TrustManagerFactory trust) {
        return Arrays.stream(trust.getTrustManagers()).filter(X509TrustManager.class::isInstance)
                .map(X509TrustManager.class::cast).flatMap(m -> Arrays.stream(m.getAcceptedIssuers())).toList();
    }
}
