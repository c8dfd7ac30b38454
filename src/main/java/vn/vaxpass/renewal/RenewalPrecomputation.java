package vn.vaxpass.renewal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.shared.ValidityWindow;
import vn.vaxpass.issuance.AnchoredWindows;
import vn.vaxpass.issuance.CertificateAccess;
import vn.vaxpass.issuance.CertificateOnDemand;
import vn.vaxpass.issuance.Ineligibility;
import vn.vaxpass.issuance.NotEligibleException;
import vn.vaxpass.issuance.SubjectNotFoundException;

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

    private final RenewalRecords records;
    private final CertificateOnDemand onDemand;

    // Through Instance: applications with the core but no messaging connector must still start.
    private final Instance<CitizenNotificationQueue> notifications;
    private final Clock clock;

    @Inject
    public RenewalPrecomputation(RenewalRecords records, CertificateOnDemand onDemand,
            Instance<CitizenNotificationQueue> notifications, Clock clock) {
        this.records = records;
        this.onDemand = onDemand;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * What handling one message of a batch gave: its outcome, or the failure that leaves it to a redelivery
     * ({@link UnreadableRenewalMessageException} for a message no redelivery can help).
     */
    public record Result(Outcome outcome, RuntimeException failure) {

        static Result of(Outcome outcome) {
            return new Result(outcome, null);
        }

        static Result failed(RuntimeException failure) {
            return new Result(null, failure);
        }

        public boolean failed() {
            return failure != null;
        }

        /** The outcome; @throws the failure */
        public Outcome outcomeOrThrow() {
            if (failure != null) {
                throw failure;
            }
            return outcome;
        }
    }

    /**
     * Handles one message.
     *
     * @throws UnreadableRenewalMessageException (as the Uni's failure) when the body is no renewal-due message
     */
    public Uni<Outcome> process(String messageBody) {
        return processAll(List.of(messageBody)).map(results -> results.get(0).outcomeOrThrow());
    }

    /**
     * Handles a batch of messages as one message each would be, in a few round trips for all: their states read
     * together, the certificates computed together ({@link CertificateOnDemand#certificates}), the notifications sent
     * together, the renewals written in one statement. The results are in the messages' order. A message whose
     * notification the queue did not accept fails alone (a redelivery sends it again); a database failure fails the
     * batch (the Uni), and every message comes back. A (subject, window) twice in one batch is handled once, and both
     * copies get that one result.
     */
    public Uni<List<Result>> processAll(List<String> messageBodies) {
        Instant now = clock.instant();
        Result[] results = new Result[messageBodies.size()];
        List<Integer> positions = new ArrayList<>();
        List<RenewalDue> messages = new ArrayList<>();
        Map<RenewalDue, Integer> firstCopy = new HashMap<>();
        Map<Integer, Integer> twinOf = new HashMap<>();
        for (int i = 0; i < results.length; i++) {
            try {
                RenewalDue due = RenewalDue.fromJson(messageBodies.get(i));
                Integer first = firstCopy.putIfAbsent(due, i);
                if (first == null) {
                    positions.add(i);
                    messages.add(due);
                } else {
                    // Handled with its first copy, and settled as it is: never acknowledged before that one is done.
                    twinOf.put(i, first);
                }
            } catch (UnreadableRenewalMessageException e) {
                results[i] = Result.failed(e);
            }
        }
        if (messages.isEmpty()) {
            return Uni.createFrom().item(List.of(results));
        }
        return records.states(messages).chain(states -> {
            List<Renewal> renewals = new ArrayList<>();
            for (int k = 0; k < messages.size(); k++) {
                RenewalDue due = messages.get(k);
                int position = positions.get(k);
                Optional<RenewalRecords.RenewalState> state = states.get(k);
                if (state.isEmpty()) {
                    results[position] = Result.of(Outcome.SUBJECT_GONE);
                } else if (state.get().handled()) {
                    results[position] = Result.of(Outcome.ALREADY_HANDLED);
                } else {
                    try {
                        renewals.add(new Renewal(position, due.subjectId(),
                                nextWindow(state.get().anchor(), due, now)));
                    } catch (UnreadableRenewalMessageException e) {
                        results[position] = Result.failed(e);
                    }
                }
            }
            return renew(renewals, results, now);
        }).map(done -> {
            twinOf.forEach((twin, first) -> results[twin] = results[first]);
            return List.of(results);
        });
    }

    /** A message that needs its renewal handled: where its result goes, and the window to renew into. */
    private record Renewal(int position, String subjectId, ValidityWindow window) {
    }

    private Uni<Void> renew(List<Renewal> renewals, Result[] results, Instant now) {
        if (renewals.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<CertificateOnDemand.Request> requests = renewals.stream()
                .map(renewal -> new CertificateOnDemand.Request(renewal.subjectId(), renewal.window().issuedAt())).toList();
        return onDemand.certificates(requests, CertificateAccess.ministry(), now).chain(certificates -> {
            List<Renewal> decided = new ArrayList<>();
            List<Decision> decisions = new ArrayList<>();
            for (int k = 0; k < renewals.size(); k++) {
                Renewal renewal = renewals.get(k);
                CertificateOnDemand.Result certificate = certificates.get(k);
                if (certificate.refusal() instanceof SubjectNotFoundException) {
                    results[renewal.position()] = Result.of(Outcome.SUBJECT_GONE);
                    continue;
                }
                decided.add(renewal);
                decisions.add(certificate.refusal() == null
                        ? Decision.renewed(renewal.subjectId(), renewal.window(), certificate.certificate().uvci())
                        : Decision.blocked(renewal.subjectId(), renewal.window(),
                                ((NotEligibleException) certificate.refusal()).reasons()));
            }
            return notifyAll(decisions).chain(accepted -> {
                List<Renewal> told = new ArrayList<>();
                List<RenewalRecords.Handled> handled = new ArrayList<>();
                for (int k = 0; k < decided.size(); k++) {
                    if (accepted[k]) {
                        told.add(decided.get(k));
                        handled.add(decisions.get(k).handled(now));
                    } else {
                        results[decided.get(k).position()] = Result.failed(new NotificationNotSentException());
                    }
                }
                if (handled.isEmpty()) {
                    return Uni.createFrom().voidItem();
                }
                return records.handled(handled).invoke(wrote -> {
                    for (int k = 0; k < told.size(); k++) {
                        results[told.get(k).position()] = Result.of(wrote[k]
                                ? outcomeOf(handled.get(k)) : Outcome.ALREADY_HANDLED);
                    }
                }).replaceWithVoid();
            });
        });
    }

    private static Outcome outcomeOf(RenewalRecords.Handled handled) {
        return handled.outcome() == RenewalOutcome.RENEWED ? Outcome.RENEWED : Outcome.BLOCKED;
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

    private Uni<boolean[]> notifyAll(List<Decision> decisions) {
        if (decisions.isEmpty()) {
            return Uni.createFrom().item(new boolean[0]);
        }
        if (!notifications.isResolvable()) {
            return Uni.createFrom().failure(new IllegalStateException(
                    "No CitizenNotificationQueue: this application has no citizen-notification queue"));
        }
        return notifications.get().sendAll(decisions.stream().map(Decision::notification).toList());
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
