package vn.vaxpass.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.access.Reach;
import vn.vaxpass.certificate.IssuedCertificate;
import vn.vaxpass.shared.ValidityWindow;
import vn.vaxpass.issuance.CertificateOnDemand;
import vn.vaxpass.issuance.RevocationStore;
import vn.vaxpass.issuance.EligibilityReason;
import vn.vaxpass.certificate.revocation.RevocationHash;
import vn.vaxpass.issuance.RevokedCertificate;
import vn.vaxpass.lookup.LookupRows;
import vn.vaxpass.lookup.PhoneNumber;
import vn.vaxpass.lookup.RecordingSmsQueue;
import vn.vaxpass.lookup.SmsRequested;

/**
 * The consumer computes the next window's certificate (the one the sign function serves in that window, noted so a
 * correction revokes it), tells the citizen once per subject and window, and tells them what to fix when the record is
 * not eligible. Runs on the real clock: the test DSC is generated now and covers the next window.
 */
@QuarkusTest
class RenewalPrecomputationHandlesEachWindowOnce {

    @Inject
    Pool pool;

    @Inject
    RenewalPrecomputation precomputation;

    @Inject
    CertificateOnDemand onDemand;

    @Inject
    RevocationStore revocations;

    @Inject
    RecordingRenewalQueues.Notifications notifications;

    @Inject
    RecordingSmsQueue texts;

    private RenewalRows rows;
    private Instant anchor;
    private Instant nextWindow;

    @BeforeEach
    void setUp() {
        rows = new RenewalRows(pool);
        notifications.take();
        // The current window ends in ten days.
        nextWindow = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        anchor = nextWindow.atZone(ValidityWindow.VIETNAM).minusMonths(ValidityWindow.VALIDITY_MONTHS).toInstant();
    }

    @AfterEach
    void reachable() {
        notifications.unreachable(false);
    }

    @Test
    void theRenewedCertificateIsTheOneServedInTheNextWindow() {
        String subject = rows.eligible(anchor);

        assertThat(process(subject, nextWindow)).isEqualTo(RenewalPrecomputation.Outcome.RENEWED);

        IssuedCertificate served = onDemand.certificate(subject, Reach.ministry(), nextWindow.plusSeconds(60))
                .await().indefinitely();
        assertThat(served.validity().issuedAt()).isEqualTo(nextWindow);
        assertThat(rows.rows.count("SELECT count(*) FROM certificate_served WHERE subject_id = $1 AND uvci = $2",
                subject, served.uvci())).as("noted by the renewal, not again by the request").isEqualTo(1);
        assertThat(rows.rows.count("SELECT count(*) FROM certificate_renewal WHERE subject_id = $1 AND uvci = $2"
                + " AND outcome = 'RENEWED'", subject, served.uvci())).isEqualTo(1);
        assertThat(notifications.take()).containsExactly(CitizenNotification.renewed(subject,
                ValidityWindow.startingAt(nextWindow)));
    }

    @Test
    void aMessageDeliveredAgainChangesNothingAndTellsNobodyTwice() {
        String subject = rows.eligible(anchor);
        process(subject, nextWindow);

        assertThat(process(subject, nextWindow)).isEqualTo(RenewalPrecomputation.Outcome.ALREADY_HANDLED);

        assertThat(notifications.take()).hasSize(1);
        assertThat(rows.rows.count("SELECT count(*) FROM certificate_served WHERE subject_id = $1", subject)).isEqualTo(1);
    }

    @Test
    void aNotificationNotSentLeavesTheRenewalToTheRedeliveryWithTheSameId() {
        String subject = rows.eligible(anchor);
        notifications.unreachable(true);

        assertThatThrownBy(() -> process(subject, nextWindow)).isInstanceOf(NotificationNotSentException.class);
        assertThat(rows.rows.count("SELECT count(*) FROM certificate_renewal WHERE subject_id = $1", subject)).isZero();
        assertThat(rows.rows.count("SELECT count(*) FROM certificate_served WHERE subject_id = $1", subject))
                .as("signed before the crash point").isEqualTo(1);

        notifications.unreachable(false);
        assertThat(process(subject, nextWindow)).isEqualTo(RenewalPrecomputation.Outcome.RENEWED);
        List<CitizenNotification> told = notifications.take();
        assertThat(told).hasSize(1);
        assertThat(told.get(0).notificationId()).isEqualTo(CitizenNotification.renewed(subject,
                ValidityWindow.startingAt(nextWindow)).notificationId());
        assertThat(rows.rows.count("SELECT count(*) FROM certificate_served WHERE subject_id = $1", subject)).isEqualTo(1);
    }

    @Test
    void theCitizenIsTextedTheOutcomeOnceUnderTheNotificationsId() {
        String renewed = rows.eligible(anchor);
        String blocked = rows.withUnconfirmedDose(anchor);
        String renewedPhone = LookupRows.freshPhone();
        String blockedPhone = LookupRows.freshPhone();
        phone(renewed, renewedPhone);
        phone(blocked, blockedPhone);
        ValidityWindow window = ValidityWindow.startingAt(nextWindow);

        process(renewed, nextWindow);
        process(blocked, nextWindow);
        process(renewed, nextWindow);

        List<SmsRequested> toRenewed = texts.sentTo(e164(renewedPhone));
        assertThat(toRenewed).hasSize(1);
        assertThat(toRenewed.get(0).purpose()).isEqualTo(SmsRequested.CERTIFICATE_RENEWED);
        assertThat(toRenewed.get(0).messageId()).isEqualTo(CitizenNotification.renewed(renewed, window).notificationId());
        assertThat(toRenewed.get(0).validUntil()).isEqualTo(window.expiresAt());
        List<SmsRequested> toBlocked = texts.sentTo(e164(blockedPhone));
        assertThat(toBlocked).hasSize(1);
        assertThat(toBlocked.get(0).purpose()).isEqualTo(SmsRequested.RENEWAL_BLOCKED);
        assertThat(toBlocked.get(0).validUntil()).as("the current window's end").isEqualTo(nextWindow);
        assertThat(toBlocked.get(0).toJson()).doesNotContain("Trần", "DOSE_NOT_CONFIRMED");
    }

    private void phone(String subjectId, String phone) {
        pool.preparedQuery("UPDATE vaccination_subject SET phone = $2 WHERE subject_id = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(subjectId, phone)).await().indefinitely();
    }

    private static String e164(String phone) {
        return PhoneNumber.parse(phone).orElseThrow().e164();
    }

    @Test
    void aRecordNoLongerEligibleTellsTheCitizenWhatToFix() {
        String subject = rows.withUnconfirmedDose(anchor);

        assertThat(process(subject, nextWindow)).isEqualTo(RenewalPrecomputation.Outcome.BLOCKED);

        CitizenNotification told = notifications.take().get(0);
        assertThat(told.kind()).isEqualTo(CitizenNotification.RENEWAL_BLOCKED);
        assertThat(told.reasons()).containsExactly(EligibilityReason.DOSE_NOT_CONFIRMED);
        assertThat(told.toJson()).contains("\"reasons\":[\"DOSE_NOT_CONFIRMED\"]").doesNotContain("Trần", "1990");
        assertThat(rows.rows.count("SELECT count(*) FROM certificate_renewal WHERE subject_id = $1 AND outcome = 'BLOCKED'"
                + " AND reasons = 'DOSE_NOT_CONFIRMED'", subject)).isEqualTo(1);
        assertThat(rows.rows.count("SELECT count(*) FROM certificate_served WHERE subject_id = $1", subject)).isZero();
    }

    @Test
    void aCorrectionRevokesTheRenewedCertificate() {
        String subject = rows.eligible(anchor);
        process(subject, nextWindow);
        String uvci = onDemand.certificate(subject, Reach.ministry(), nextWindow).await().indefinitely().uvci();

        rows.rows.correctName(subject, "Đặng Văn Đức Anh");

        assertThat(revocations.revokedAt(Instant.now()).await().indefinitely()).extracting(RevokedCertificate::hash)
                .contains(RevocationHash.of(uvci));
    }

    @Test
    void aSubjectDeletedSinceTheScanIsSkipped() {
        String subject = rows.eligible(anchor);
        rows.rows.deleteSubject(subject);

        assertThat(process(subject, nextWindow)).isEqualTo(RenewalPrecomputation.Outcome.SUBJECT_GONE);
        assertThat(notifications.take()).isEmpty();
    }

    @Test
    void aWindowThatIsNotTheSubjectsNextIsRefused() {
        String subject = rows.eligible(anchor);

        assertThatThrownBy(() -> process(subject, nextWindow.plusSeconds(3600)))
                .isInstanceOf(UnreadableRenewalMessageException.class).hasMessageContaining("not a window start");
        Instant afterNext = ValidityWindow.startingAt(nextWindow).expiresAt();
        assertThatThrownBy(() -> process(subject, afterNext))
                .isInstanceOf(UnreadableRenewalMessageException.class).hasMessageContaining("beyond the next window");
        assertThatThrownBy(() -> precomputation.process("{\"v\":2,\"subjectId\":\"x\"}").await().indefinitely())
                .isInstanceOf(UnreadableRenewalMessageException.class).hasMessageContaining("version 2");
        assertThat(notifications.take()).isEmpty();
    }

    @Test
    void aBatchHandlesEachMessageAsItWouldAloneInTheMessagesOrder() {
        String renewed = rows.eligible(anchor);
        String blocked = rows.withUnconfirmedDose(anchor);
        String gone = rows.eligible(anchor);
        rows.rows.deleteSubject(gone);
        String handledBefore = rows.eligible(anchor);
        process(handledBefore, nextWindow);
        notifications.take();
        String renewedTwice = RenewalDue.of(renewed, nextWindow).toJson();

        List<RenewalPrecomputation.Result> results = precomputation.processAll(List.of(renewedTwice,
                RenewalDue.of(blocked, nextWindow).toJson(), "not json", RenewalDue.of(gone, nextWindow).toJson(),
                renewedTwice, RenewalDue.of(handledBefore, nextWindow).toJson(),
                RenewalDue.of(blocked, nextWindow.plusSeconds(3600)).toJson())).await().indefinitely();

        assertThat(results).extracting(RenewalPrecomputation.Result::outcome).as("the twin settled with its first copy")
                .containsExactly(RenewalPrecomputation.Outcome.RENEWED, RenewalPrecomputation.Outcome.BLOCKED, null,
                        RenewalPrecomputation.Outcome.SUBJECT_GONE, RenewalPrecomputation.Outcome.RENEWED,
                        RenewalPrecomputation.Outcome.ALREADY_HANDLED, null);
        assertThat(results.get(2).failure()).isInstanceOf(UnreadableRenewalMessageException.class);
        assertThat(results.get(6).failure()).isInstanceOf(UnreadableRenewalMessageException.class)
                .hasMessageContaining("not a window start");
        assertThat(notifications.take()).extracting(CitizenNotification::subjectId, CitizenNotification::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(renewed, CitizenNotification.CERTIFICATE_RENEWED),
                        org.assertj.core.groups.Tuple.tuple(blocked, CitizenNotification.RENEWAL_BLOCKED));
        assertThat(rows.rows.count("SELECT count(*) FROM certificate_served WHERE subject_id = $1", renewed)).isEqualTo(1);
        assertThat(rows.rows.count("SELECT count(*) FROM certificate_renewal WHERE subject_id = ANY($1)",
                (Object) new String[] {renewed, blocked})).isEqualTo(2);
    }

    @Test
    void aBatchWhoseNotificationsTheQueueDidNotTakeIsLeftToTheRedelivery() {
        String first = rows.eligible(anchor);
        String second = rows.eligible(anchor);
        String twice = RenewalDue.of(first, nextWindow).toJson();
        notifications.unreachable(true);

        List<RenewalPrecomputation.Result> results = precomputation.processAll(List.of(twice,
                RenewalDue.of(second, nextWindow).toJson(), twice)).await().indefinitely();

        assertThat(results).allSatisfy(result -> assertThat(result.failure())
                .as("not acknowledged, the twin neither").isInstanceOf(NotificationNotSentException.class));

        assertThat(rows.rows.count("SELECT count(*) FROM certificate_renewal WHERE subject_id = ANY($1)",
                (Object) new String[] {first, second})).isZero();
    }

    private RenewalPrecomputation.Outcome process(String subject, Instant windowStart) {
        return precomputation.process(RenewalDue.of(subject, windowStart).toJson()).await().indefinitely();
    }
}
