package vn.vaxpass.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import software.amazon.awssdk.services.kms.KmsClient;

import vn.vaxpass.access.Reach;
import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.certificate.IssuedCertificate;
import vn.vaxpass.certificate.UnsignedCertificate;
import vn.vaxpass.certificate.revocation.RevocationHash;
import vn.vaxpass.confirmation.VaccinationRows;
import vn.vaxpass.signing.CoseAlgorithm;
import vn.vaxpass.signing.KmsSigner;
import vn.vaxpass.signing.KmsTestClients;
import vn.vaxpass.signing.KeyIdentifier;
import vn.vaxpass.testing.aws.AwsTestServer;
import vn.vaxpass.testing.aws.KmsTestKey;

/**
 * "Sign once per subject, window and content", with the DSC key in KMS (the stand-in, whose ECDSA signatures are
 * randomised as KMS's are): signatures are counted by the KMS Sign requests received. The kept certificate is a cache:
 * a correction, a new key or a deleted row gives a new signature, and a revoked one is never handed out from it.
 */
@QuarkusTest
class CertificatesAreSignedOncePerWindowAndContent {

    private static final Instant LATER = OnDemand.FIRST_REQUEST.plus(Duration.ofDays(20));
    private static final int CONCURRENT_REQUESTS = 8;

    @Inject
    Pool pool;

    private final KmsTestKey key = KmsTestKey.eccNistP256();
    private AwsTestServer kms;
    private KmsClient client;
    private OnDemand onDemand;

    @BeforeEach
    void startKms() throws Exception {
        kms = new AwsTestServer().add(key);
        client = KmsTestClients.against(kms);
        onDemand = new OnDemand(pool, new KmsSigner(client, key.keyId(), CoseAlgorithm.ES256, key.certificate()));
    }

    @AfterEach
    void stopKms() {
        client.close();
        kms.close();
    }

    @Test
    void aSecondRequestInTheSameWindowIsNotSignedAgainAndGivesTheSameHc1() {
        OnDemand.Subject subject = onDemand.readySubject();

        IssuedCertificate first = onDemand.certificate(subject.id(), OnDemand.FIRST_REQUEST);
        IssuedCertificate second = onDemand.certificate(subject.id(), LATER);

        assertThat(kms.calls(AwsTestServer.KMS_SIGN)).isEqualTo(1);
        assertThat(second.hc1()).as("byte-identical although KMS randomises its signatures").isEqualTo(first.hc1());
        assertThat(second.cose()).isEqualTo(first.cose());
        assertThat(second.dcc()).isEqualTo(first.dcc());
        assertThat(onDemand.verifyWithOwnKey(second.hc1(), LATER).isValid()).isTrue();
    }

    @Test
    void aCorrectionGivesANewCertificateWhichIsThenKept() {
        OnDemand.Subject subject = onDemand.readySubject();
        IssuedCertificate old = onDemand.certificate(subject.id(), OnDemand.FIRST_REQUEST);

        onDemand.rows.correctName(subject.id(), "Đặng Văn Đạt");
        onDemand.rows.verified(subject.id());
        IssuedCertificate corrected = onDemand.certificate(subject.id(), LATER);
        IssuedCertificate again = onDemand.certificate(subject.id(), LATER.plusSeconds(60));

        assertThat(corrected.dcc().at("/nam/gnt").asText()).isEqualTo("VAN<DAT");
        assertThat(corrected.uvci()).isNotEqualTo(old.uvci());
        assertThat(again.hc1()).isEqualTo(corrected.hc1());
        assertThat(kms.calls(AwsTestServer.KMS_SIGN)).isEqualTo(2);
        assertThat(onDemand.revokedHashes(LATER)).contains(RevocationHash.of(old.uvci()));
        assertThat(keptRows(subject.id())).as("one kept certificate per subject and window: the old one replaced")
                .isEqualTo(1);
    }

    @Test
    void aNewSigningKeyGivesACertificateUnderTheNewKey() throws Exception {
        OnDemand.Subject subject = onDemand.readySubject();
        IssuedCertificate underOldKey = onDemand.certificate(subject.id(), OnDemand.FIRST_REQUEST);
        KmsTestKey newKey = key.another();
        kms.add(newKey);
        OnDemand rotated = new OnDemand(pool,
                new KmsSigner(client, newKey.keyId(), CoseAlgorithm.ES256, newKey.certificate()));

        IssuedCertificate underNewKey = rotated.certificate(subject.id(), LATER);
        IssuedCertificate againUnderNewKey = rotated.certificate(subject.id(), LATER.plusSeconds(60));

        assertThat(underNewKey.kid()).isEqualTo(KeyIdentifier.of(newKey.certificate())).isNotEqualTo(underOldKey.kid());
        assertThat(underNewKey.uvci()).as("the same certificate in meaning").isEqualTo(underOldKey.uvci());
        assertThat(rotated.verifyWithOwnKey(underNewKey.hc1(), LATER).isValid()).isTrue();
        assertThat(againUnderNewKey.hc1()).isEqualTo(underNewKey.hc1());
        assertThat(kms.calls(AwsTestServer.KMS_SIGN)).isEqualTo(2);
        assertThat(keptRows(subject.id())).isEqualTo(1);
    }

    @Test
    void aDeletedCacheIsRebuiltWithANewSignature() {
        OnDemand.Subject subject = onDemand.readySubject();
        IssuedCertificate before = onDemand.certificate(subject.id(), OnDemand.FIRST_REQUEST);

        pool.preparedQuery("DELETE FROM certificate_signed WHERE subject_id = $1").execute(Tuple.of(subject.id()))
                .await().indefinitely();
        IssuedCertificate rebuilt = onDemand.certificate(subject.id(), LATER);
        IssuedCertificate kept = onDemand.certificate(subject.id(), LATER.plusSeconds(60));

        assertThat(rebuilt.uvci()).isEqualTo(before.uvci());
        assertThat(rebuilt.dcc()).isEqualTo(before.dcc());
        assertThat(onDemand.verifyWithOwnKey(rebuilt.hc1(), LATER).isValid()).isTrue();
        assertThat(kept.hc1()).isEqualTo(rebuilt.hc1());
        assertThat(kms.calls(AwsTestServer.KMS_SIGN)).isEqualTo(2);
    }

    @Test
    void concurrentFirstRequestsAllSucceedWithTheSameHc1() {
        OnDemand.Subject subject = onDemand.readySubject();
        onDemand.certificate(subject.id(), OnDemand.FIRST_REQUEST);
        pool.preparedQuery("DELETE FROM certificate_signed WHERE subject_id = $1").execute(Tuple.of(subject.id()))
                .await().indefinitely();
        long signaturesBefore = kms.calls(AwsTestServer.KMS_SIGN);

        List<Uni<IssuedCertificate>> requests = new ArrayList<>();
        for (int i = 0; i < CONCURRENT_REQUESTS; i++) {
            requests.add(onDemand.service.certificate(subject.id(), Reach.ministry(), LATER));
        }
        List<IssuedCertificate> answers = Uni.join().all(requests).andFailFast().await().indefinitely();

        assertThat(answers).hasSize(CONCURRENT_REQUESTS);
        assertThat(answers.stream().map(IssuedCertificate::hc1).distinct()).hasSize(1);
        assertThat(kms.calls(AwsTestServer.KMS_SIGN) - signaturesBefore).isBetween(1L, (long) CONCURRENT_REQUESTS);
        assertThat(onDemand.certificate(subject.id(), LATER.plusSeconds(60)).hc1()).isEqualTo(answers.get(0).hc1());
    }

    @Test
    void aSignatureKeptFirstByAConcurrentRequestIsTheOneEveryoneGets() {
        OnDemand.Subject subject = onDemand.readySubject();
        IssuedCertificate winner = onDemand.certificate(subject.id(), OnDemand.FIRST_REQUEST);
        IssuedCertificate loser = new CertificateIssuer(onDemand.signer).sign(unsigned(winner));

        String kept = onDemand.signed.keep(subject.id(), loser, contentHash(winner), LATER).await().indefinitely();

        assertThat(loser.hc1()).as("KMS signs at random").isNotEqualTo(winner.hc1());
        assertThat(kept).isEqualTo(winner.hc1());
    }

    @Test
    void aRevokedCertificateIsNeverHandedOutFromTheCache() {
        OnDemand.Subject subject = onDemand.readySubject();
        IssuedCertificate certificate = onDemand.certificate(subject.id(), OnDemand.FIRST_REQUEST);
        // The certified dose entered again as it was: the served certificate names the old dose, now gone, so it is
        // revoked, while the record would derive the same UVCI and content.
        pool.preparedQuery("DELETE FROM dose WHERE id = $1").execute(Tuple.of(subject.secondDose())).await().indefinitely();
        onDemand.rows.dose(subject.id(), 2, 2, subject.secondDoseDay(), VaccinationRows.FACILITY);
        onDemand.confirm(subject.secondDoseDay());
        assertThat(onDemand.revokedHashes(LATER)).contains(RevocationHash.of(certificate.uvci()));

        assertThat(onDemand.signed.find(subject.id(), certificate.validity().issuedAt(), contentHash(certificate),
                certificate.kid()).await().indefinitely()).isEmpty();
        assertThat(onDemand.certificate(subject.id(), LATER).hc1()).isNotEqualTo(certificate.hc1());
    }

    @Test
    void aBatchSignsOnlyWhatIsNotKeptAndKeepsItForTheNextRequests() {
        OnDemand.Subject kept = onDemand.readySubject();
        OnDemand.Subject one = onDemand.readySubject();
        OnDemand.Subject other = onDemand.readySubject();
        IssuedCertificate keptBefore = onDemand.certificate(kept.id(), OnDemand.FIRST_REQUEST);
        List<CertificateOnDemand.Request> batch = List.of(new CertificateOnDemand.Request(kept.id(), LATER),
                new CertificateOnDemand.Request(one.id(), LATER), new CertificateOnDemand.Request(other.id(), LATER),
                new CertificateOnDemand.Request(one.id(), LATER));

        List<CertificateOnDemand.Result> first = onDemand.service.certificates(batch, Reach.ministry(), LATER)
                .await().indefinitely();
        long signaturesAfterFirst = kms.calls(AwsTestServer.KMS_SIGN);
        List<CertificateOnDemand.Result> second = onDemand.service.certificates(batch, Reach.ministry(), LATER)
                .await().indefinitely();

        assertThat(first).allSatisfy(result -> assertThat(result.refusal()).isNull());
        assertThat(first.get(0).certificate().hc1()).isEqualTo(keptBefore.hc1());
        assertThat(first.get(3).certificate().hc1()).as("the same subject twice in a batch: one certificate")
                .isEqualTo(first.get(1).certificate().hc1());
        assertThat(signaturesAfterFirst).as("the kept one, then one for the subject asked twice and one for the other")
                .isEqualTo(3);
        assertThat(kms.calls(AwsTestServer.KMS_SIGN)).isEqualTo(signaturesAfterFirst);
        assertThat(second).extracting(result -> result.certificate().hc1())
                .containsExactlyElementsOf(first.stream().map(result -> result.certificate().hc1()).toList());
        assertThat(first).allSatisfy(result -> assertThat(
                onDemand.verifyWithOwnKey(result.certificate().hc1(), LATER).isValid()).isTrue());
    }

    @Test
    void theKeptCertificatesOfEndedWindowsAreDeleted() {
        OnDemand.Subject subject = onDemand.readySubject();
        IssuedCertificate certificate = onDemand.certificate(subject.id(), OnDemand.FIRST_REQUEST);

        onDemand.signed.deleteEnded(certificate.validity().expiresAt().minusSeconds(1)).await().indefinitely();
        assertThat(keptRows(subject.id())).isEqualTo(1);
        onDemand.signed.deleteEnded(certificate.validity().expiresAt()).await().indefinitely();
        assertThat(keptRows(subject.id())).isZero();
    }

    @Test
    void withoutSignOnceEveryRequestIsSigned() throws Exception {
        OnDemand everyTime = new OnDemand(pool,
                new KmsSigner(client, key.keyId(), CoseAlgorithm.ES256, key.certificate()), false);
        OnDemand.Subject subject = everyTime.readySubject();

        IssuedCertificate first = everyTime.certificate(subject.id(), OnDemand.FIRST_REQUEST);
        IssuedCertificate second = everyTime.certificate(subject.id(), LATER);

        assertThat(kms.calls(AwsTestServer.KMS_SIGN)).isEqualTo(2);
        assertThat(second.uvci()).isEqualTo(first.uvci());
        assertThat(second.hc1()).isNotEqualTo(first.hc1());
        assertThat(keptRows(subject.id())).isZero();
    }

    private long keptRows(String subjectId) {
        return onDemand.rows.count("SELECT count(*) FROM certificate_signed WHERE subject_id = $1", subjectId);
    }

    private static byte[] contentHash(IssuedCertificate certificate) {
        return unsigned(certificate).contentHash();
    }

    private static UnsignedCertificate unsigned(IssuedCertificate certificate) {
        return new UnsignedCertificate(certificate.uvci(), certificate.validity(), certificate.dcc(), certificate.cwt());
    }
}
