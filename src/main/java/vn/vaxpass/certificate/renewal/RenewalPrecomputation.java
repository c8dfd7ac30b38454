package vn.vaxpass.certificate.renewal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.certificate.ValidityWindow;
import vn.vaxpass.certificate.issuance.AnchoredWindows;
import vn.vaxpass.certificate.issuance.CertificateAccess;
import vn.vaxpass.certificate.issuance.CertificateOnDemand;
import vn.vaxpass.certificate.issuance.Ineligibility;
import vn.vaxpass.certificate.issuance.NotEligibleException;
import vn.vaxpass.certificate.issuance.SubjectNotFoundException;

/**
 * Handles a {@code certificate-renewal-due} message, whoever delivers it (the triggers Lambda's SQS handler, the
 * one-process server's consumer): is it handled already → compute the next window's certificate through
 * {@link CertificateOnDemand} at the window's start (the same UVCI and, with a deterministic signer, the same HC1 the
 * sign function serves in that window; noted in {@code certificate_served}, so a later correction revokes it) → tell
 * the citizen ({@link CitizenNotification}: renewed, or blocked with the reasons) → write the renewal as handled.
 *
 * <p>At least once, and why each crash point is safe:
 * <ul>
 *   <li>after signing, before the notification: {@code certificate_served} holds the UVCI (written once per UVCI);
 *       the redelivery signs again, finds it noted, and goes on;</li>
 *   <li>after the notification, before the renewal row: the redelivery sends the notification again with the same
 *       {@code notificationId} (derived from subject and window), which the portal and app show once;</li>
 *   <li>after the renewal row: the redelivery finds it and does nothing.</li>
 * </ul>
 * The row is written last so that no renewal is marked handled without its notification having been accepted by the
 * queue. A redelivery after the record changed may compute another outcome; it keeps the same id, and the first
 * notice the portal received stands until the citizen fetches the certificate (always computed afresh).
 */
@ApplicationScoped
public class RenewalPrecomputation {

    /** What handling a message did. */
    public enum Outcome {
        /** The certificate was computed and the citizen told; this delivery wrote the renewal. */
        RENEWED,
        /** The record is not eligible; the citizen was told why; this delivery wrote the renewal. */
        BLOCKED,
        /** Handled before (a duplicate or late delivery), or by another delivery at the same time: nothing new. */
        ALREADY_HANDLED,
        /** The subject is gone (deleted since the scan): nothing to renew, nobody to tell. */
        SUBJECT_GONE
    }

    @Inject
    RenewalRecords records;

    @Inject
    CertificateOnDemand onDemand;

    // Through Instance: applications with the core but no messaging connector must still start.
    @Inject
    Instance<CitizenNotificationQueue> notifications;

    @Inject
    Clock clock;

    /** @throws UnreadableRenewalMessageException (as the Uni's failure) when the body is no renewal-due message */
    public Uni<Outcome> process(String messageBody) {
        return Uni.createFrom().item(() -> RenewalDue.fromJson(messageBody)).chain(this::process);
    }

    public Uni<Outcome> process(RenewalDue due) {
        Instant now = clock.instant();
        return records.state(due.subjectId(), due.windowStart()).chain(state -> {
            if (state.isEmpty()) {
                return Uni.createFrom().item(Outcome.SUBJECT_GONE);
            }
            if (state.get().handled()) {
                return Uni.createFrom().item(Outcome.ALREADY_HANDLED);
            }
            ValidityWindow window = nextWindow(state.get().anchor(), due, now);
            return onDemand.certificate(due.subjectId(), CertificateAccess.ministry(), window.issuedAt(), now)
                    .map(certificate -> Decision.renewed(due.subjectId(), window, certificate.uvci()))
                    .onFailure(NotEligibleException.class)
                    .recoverWithItem(e -> Decision.blocked(due.subjectId(), window, ((NotEligibleException) e).reasons()))
                    .chain(decision -> notify(decision.notification())
                            .chain(() -> records.handled(decision.handled(now)))
                            .map(written -> written ? decision.outcome() : Outcome.ALREADY_HANDLED))
                    .onFailure(SubjectNotFoundException.class).recoverWithItem(Outcome.SUBJECT_GONE);
        });
    }

    /** The message's window, when it is the subject's next (or current, for a late delivery) window. */
    private static ValidityWindow nextWindow(Instant anchor, RenewalDue due, Instant now) {
        ValidityWindow window = AnchoredWindows.containing(anchor, due.windowStart());
        if (!window.issuedAt().equals(due.windowStart())) {
            throw new UnreadableRenewalMessageException("windowStart " + due.windowStart()
                    + " is not a window start of subject " + due.subjectId());
        }
        if (window.issuedAt().isAfter(AnchoredWindows.containing(anchor, now).expiresAt())) {
            throw new UnreadableRenewalMessageException("windowStart " + due.windowStart()
                    + " lies beyond the next window of subject " + due.subjectId());
        }
        return window;
    }

    private Uni<Void> notify(CitizenNotification notification) {
        if (!notifications.isResolvable()) {
            return Uni.createFrom().failure(new IllegalStateException(
                    "No CitizenNotificationQueue: this application has no citizen-notification channel"));
        }
        return notifications.get().send(notification);
    }

    private record Decision(Outcome outcome, CitizenNotification notification, String uvci) {

        static Decision renewed(String subjectId, ValidityWindow window, String uvci) {
            return new Decision(Outcome.RENEWED, CitizenNotification.renewed(subjectId, window), uvci);
        }

        static Decision blocked(String subjectId, ValidityWindow window, List<Ineligibility> reasons) {
            return new Decision(Outcome.BLOCKED, CitizenNotification.blocked(subjectId, window,
                    reasons.stream().map(Ineligibility::reason).distinct().toList()), null);
        }

        RenewalRecords.Handled handled(Instant now) {
            RenewalOutcome written = outcome == Outcome.RENEWED ? RenewalOutcome.RENEWED : RenewalOutcome.BLOCKED;
            String reasons = notification.reasons().isEmpty() ? null
                    : notification.reasons().stream().map(Enum::name).collect(Collectors.joining(";"));
            return new RenewalRecords.Handled(notification.subjectId(), notification.window().issuedAt(), written, uvci,
                    reasons, now);
        }
    }
}
