package vn.vaxpass.renewal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.access.Reach;
import vn.vaxpass.shared.ValidityWindow;
import vn.vaxpass.issuance.AnchoredWindows;
import vn.vaxpass.issuance.CertificateOnDemand;
import vn.vaxpass.issuance.Ineligibility;
import vn.vaxpass.issuance.NotEligibleException;
import vn.vaxpass.issuance.SubjectNotFoundException;
import vn.vaxpass.lookup.PhoneNumber;
import vn.vaxpass.lookup.SmsQueue;
import vn.vaxpass.lookup.SmsRequested;

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

    /** A renewal's text is still worth sending this long after the renewal (a code's has its own expiry). */
    static final Duration TEXT_WORTH_SENDING = Duration.ofDays(3);

    private final RenewalStore records;
    private final CertificateOnDemand onDemand;

    // Through Instance: applications with the core but no messaging connector must still start.
    private final Instance<CitizenNotificationQueue> notifications;
    private final Instance<SmsQueue> texts;
    private final Clock clock;

    @Inject
    public RenewalPrecomputation(RenewalStore records, CertificateOnDemand onDemand,
            Instance<CitizenNotificationQueue> notifications, Instance<SmsQueue> texts, Clock clock) {
        this.records = records;
        this.onDemand = onDemand;
        this.notifications = notifications;
        this.texts = texts;
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
        return Uni.createFrom().item(read(messageBodies))
                .chain(messages -> onPending(messages, pending -> readStates(pending, now)))
                .chain(messages -> onPending(messages, pending -> computeCertificates(pending, now)))
                .chain(messages -> onPending(messages, this::tellCitizens))
                .chain(messages -> onPending(messages, pending -> textCitizens(pending, now)))
                .chain(messages -> onPending(messages, pending -> writeRenewals(pending, now)))
                .map(RenewalPrecomputation::results);
    }

    private Uni<List<Message>> readStates(List<Message> pending, Instant now) {
        return records.states(pending.stream().map(Message::due).toList())
                .map(states -> each(pending, k -> pending.get(k).afterState(states.get(k), now)));
    }

    private Uni<List<Message>> computeCertificates(List<Message> pending, Instant now) {
        List<CertificateOnDemand.Request> requests = pending.stream().map(Message::request).toList();
        return onDemand.certificates(requests, Reach.ministry(), now)
                .map(certificates -> each(pending, k -> pending.get(k).afterCertificate(certificates.get(k))));
    }

    private Uni<List<Message>> tellCitizens(List<Message> pending) {
        return notifyAll(pending.stream().map(Message::decision).toList())
                .map(accepted -> each(pending, k -> pending.get(k).afterNotification(accepted[k])));
    }

    /**
     * Texts each citizen whose record holds a phone what the renewal decided, under the notification's id (so one text
     * per subject and window, whatever is redelivered); a text the queue did not take fails its message alone.
     */
    private Uni<List<Message>> textCitizens(List<Message> pending, Instant now) {
        List<Integer> texted = new ArrayList<>();
        List<SmsRequested> requests = new ArrayList<>();
        for (int k = 0; k < pending.size(); k++) {
            Optional<SmsRequested> text = pending.get(k).text(now.plus(TEXT_WORTH_SENDING));
            if (text.isPresent()) {
                texted.add(k);
                requests.add(text.get());
            }
        }
        if (requests.isEmpty()) {
            return Uni.createFrom().item(pending);
        }
        if (!texts.isResolvable()) {
            return Uni.createFrom().failure(new IllegalStateException(
                    "No SmsQueue: this application has no sms-requested queue"));
        }
        return texts.get().sendAll(requests).map(accepted -> {
            List<Message> after = new ArrayList<>(pending);
            for (int i = 0; i < accepted.length; i++) {
                after.set(texted.get(i), after.get(texted.get(i)).afterNotification(accepted[i]));
            }
            return after;
        });
    }

    private Uni<List<Message>> writeRenewals(List<Message> pending, Instant now) {
        return records.handled(pending.stream().map(message -> message.decision().handled(now)).toList())
                .map(wrote -> each(pending, k -> pending.get(k).afterWrite(wrote[k])));
    }

    /**
     * One message of a batch on its way through the steps: what it asks ({@code due}, null when unreadable), the
     * window it renews into once its state is read, the decision once its certificate is computed, and its result once
     * it leaves the batch. A second copy of a (subject, window) points at its first and waits for that one's result.
     */
    private record Message(RenewalDue due, int copyOf, ValidityWindow window, Decision decision, Result result,
            String phone) {

        static final int NO_COPY = -1;

        static Message of(RenewalDue due) {
            return new Message(due, NO_COPY, null, null, null, null);
        }

        static Message copy(RenewalDue due, int first) {
            return new Message(due, first, null, null, null, null);
        }

        static Message settled(Result result) {
            return new Message(null, NO_COPY, null, null, result, null);
        }

        /** Still to go through the next step: neither settled nor a copy waiting for its first. */
        boolean pending() {
            return result == null && copyOf == NO_COPY;
        }

        Message with(Result settled) {
            return new Message(due, copyOf, window, decision, settled, phone);
        }

        Message afterState(Optional<RenewalStore.RenewalState> state, Instant now) {
            if (state.isEmpty()) {
                return with(Result.of(Outcome.SUBJECT_GONE));
            }
            if (state.get().handled()) {
                return with(Result.of(Outcome.ALREADY_HANDLED));
            }
            try {
                return new Message(due, copyOf, nextWindow(state.get().anchor(), due, now), null, null,
                        state.get().phone());
            } catch (UnreadableRenewalMessageException e) {
                return with(Result.failed(e));
            }
        }

        CertificateOnDemand.Request request() {
            return new CertificateOnDemand.Request(due.subjectId(), window.issuedAt());
        }

        Message afterCertificate(CertificateOnDemand.Result certificate) {
            if (certificate.refusal() instanceof SubjectNotFoundException) {
                return with(Result.of(Outcome.SUBJECT_GONE));
            }
            Decision decided = certificate.refusal() == null
                    ? Decision.renewed(due.subjectId(), window, certificate.certificate().uvci())
                    : Decision.blocked(due.subjectId(), window,
                            ((NotEligibleException) certificate.refusal()).reasons());
            return new Message(due, copyOf, window, decided, null, phone);
        }

        /** The text of the decision to the record's phone; none when the record holds no phone one can text. */
        Optional<SmsRequested> text(Instant sendBefore) {
            boolean renewed = decision.outcome() == Outcome.RENEWED;
            // Renewed: the new window's end; blocked: the current window's, which ends when this one would start.
            Instant validUntil = renewed ? window.expiresAt() : window.issuedAt();
            return PhoneNumber.parse(phone == null ? "" : phone).map(number -> SmsRequested.renewal(
                    decision.notification().notificationId(), renewed, number, validUntil, sendBefore));
        }

        Message afterNotification(boolean accepted) {
            return accepted ? this : with(Result.failed(new NotificationNotSentException()));
        }

        /** {@code wrote} false: another delivery wrote the renewal first. */
        Message afterWrite(boolean wrote) {
            return with(Result.of(wrote ? decision.outcome() : Outcome.ALREADY_HANDLED));
        }
    }

    private static List<Message> read(List<String> messageBodies) {
        List<Message> messages = new ArrayList<>(messageBodies.size());
        Map<RenewalDue, Integer> firstCopy = new HashMap<>();
        for (String body : messageBodies) {
            try {
                RenewalDue due = RenewalDue.fromJson(body);
                Integer first = firstCopy.putIfAbsent(due, messages.size());
                // A later copy is handled with its first, and settled as it is: never acknowledged before that one.
                messages.add(first == null ? Message.of(due) : Message.copy(due, first));
            } catch (UnreadableRenewalMessageException e) {
                messages.add(Message.settled(Result.failed(e)));
            }
        }
        return messages;
    }

    /** Runs a step on the messages still pending (not at all when none is) and puts them back in their places. */
    private static Uni<List<Message>> onPending(List<Message> messages,
            Function<List<Message>, Uni<List<Message>>> step) {
        List<Message> pending = messages.stream().filter(Message::pending).toList();
        if (pending.isEmpty()) {
            return Uni.createFrom().item(messages);
        }
        return step.apply(pending).map(done -> {
            Iterator<Message> next = done.iterator();
            return messages.stream().map(message -> message.pending() ? next.next() : message).toList();
        });
    }

    /** The k-th message after a step, for each k: a step's answers come in the order of its messages. */
    private static List<Message> each(List<Message> pending, IntFunction<Message> after) {
        return IntStream.range(0, pending.size()).mapToObj(after).toList();
    }

    private static List<Result> results(List<Message> messages) {
        return messages.stream()
                .map(message -> message.copyOf() == Message.NO_COPY ? message : messages.get(message.copyOf()))
                .map(Message::result).toList();
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

        RenewalStore.Handled handled(Instant now) {
            RenewalOutcome written = outcome == Outcome.RENEWED ? RenewalOutcome.RENEWED : RenewalOutcome.BLOCKED;
            String reasons = notification.reasons().isEmpty() ? null
                    : notification.reasons().stream().map(Enum::name).collect(Collectors.joining(";"));
            return new RenewalStore.Handled(notification.subjectId(), notification.window().issuedAt(), written, uvci,
                    reasons, now);
        }
    }
}
