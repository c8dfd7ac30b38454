package vn.vaxpass.lookup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.shared.FieldError;
import vn.vaxpass.identity.IdNumber;

/**
 * Citizens find their own vaccination record, as the 2022 portal let them. Two ways in:
 * <ol>
 *   <li>phone number, full name and date of birth (and gender) → a one-time code by SMS to that phone → the code →
 *       the records. {@link #requestCode} answers every well-formed request the same way, whether or not anyone
 *       matched, and takes about as long either way ({@link SmsSendTimes});</li>
 *   <li>ID number and date of birth, under a portal login that proved the ID number → the records.</li>
 * </ol>
 * Every call is counted per client address and per ID number it names ({@link ThrottleStore}); codes sent to one
 * phone are counted only for requests whose details matched, and past that limit the answer is the same but no SMS
 * goes out, so nobody can keep a citizen from their code without knowing their details. The codes are limited by
 * {@link OneTimeCode}. Nothing personal is logged: no name, phone, ID number, date of birth or
 * code, only challenge ids and exception types.
 */
@ApplicationScoped
public class CitizenLookup {

    private static final Logger LOG = Logger.getLogger(CitizenLookup.class);

    private final ThrottleStore throttle;
    private final SubjectCandidates candidates;
    private final ChallengeStore challenges;
    private final CitizenRecords records;
    private final Instance<SmsQueue> smsQueue;
    private final SmsSendTimes sendTimes;

    @Inject
    public CitizenLookup(ThrottleStore throttle, SubjectCandidates candidates, ChallengeStore challenges,
            CitizenRecords records, Instance<SmsQueue> smsQueue, SmsSendTimes sendTimes) {
        this.throttle = throttle;
        this.candidates = candidates;
        this.challenges = challenges;
        this.records = records;
        this.smsQueue = smsQueue;
        this.sendTimes = sendTimes;
    }

    /**
     * Step 1 of the phone way: a challenge, and a code sent to the phone if the details are someone's.
     *
     * @param client the caller's address, for the per-client limit
     * @return the challenge; fails with {@link LookupThrottledException} or {@link InvalidLookupException}
     */
    public Uni<ChallengeIssued> requestCode(CodeRequest request, String client, Instant now) {
        CitizenDetails details;
        try {
            details = request.read();
        } catch (InvalidLookupException e) {
            return refused(client, now, e);
        }
        return throttle.count(ThrottleScope.CLIENT, client, now)
                .chain(() -> candidates.withPhone(details.phone()))
                .chain(found -> {
                    List<String> subjectIds = matching(details, found);
                    return subjectIds.isEmpty() ? issue(details, subjectIds, now, false)
                            : codesLeftFor(details.phone(), now)
                                    .chain(left -> issue(details, subjectIds, now, !left));
                });
    }

    /**
     * Whether this phone may be sent another code now. Only requests whose details matched count: a stranger who
     * knows a phone number but not its owner's name and birth date cannot use up the owner's codes. Past the limit
     * the answer stays the same (so it tells nobody the details matched); only the SMS is not sent.
     */
    private Uni<Boolean> codesLeftFor(PhoneNumber phone, Instant now) {
        return throttle.count(ThrottleScope.PHONE, phone.national(), now).replaceWith(true)
                .onFailure(LookupThrottledException.class).recoverWithItem(false);
    }

    /** A request refused before it named anyone still counts against its client. */
    private <T> Uni<T> refused(String client, Instant now, RuntimeException reason) {
        return throttle.count(ThrottleScope.CLIENT, client, now).chain(() -> Uni.createFrom().failure(reason));
    }

    private static List<String> matching(CitizenDetails details, List<SubjectCandidate> found) {
        return found.stream().filter(candidate -> SamePersonPolicy.matchesDetails(details, candidate))
                .map(SubjectCandidate::subjectId).toList();
    }

    private Uni<ChallengeIssued> issue(CitizenDetails details, List<String> subjectIds, Instant now,
            boolean phoneLimitReached) {
        UUID id = UUID.randomUUID();
        String code = OneTimeCode.generate();
        ChallengeIssued issued = new ChallengeIssued(id, now.plus(OneTimeCode.LIFETIME));
        Uni<Void> stored = challenges.create(id, code, subjectIds, now);
        if (subjectIds.isEmpty() || phoneLimitReached) {
            if (phoneLimitReached) {
                LOG.infof("Challenge %s: the phone's code limit is reached; no code sent", id);
            }
            return stored.onItem().delayIt().by(sendTimes.imitation()).replaceWith(issued);
        }
        return stored.chain(() -> send(SmsRequested.lookupCode(id, details.phone(), code, issued.expiresAt())))
                .replaceWith(issued);
    }

    /** Sends the code; a failure is logged and otherwise answered like success, which nobody else's answer differs from. */
    private Uni<Void> send(SmsRequested message) {
        if (!smsQueue.isResolvable()) {
            LOG.errorf("Challenge %s: no SmsQueue in this application (no messaging connector); no code sent",
                    message.messageId());
            return Uni.createFrom().voidItem();
        }
        long start = System.nanoTime();
        return smsQueue.get().send(message)
                .invoke(() -> sendTimes.record(Duration.ofNanos(System.nanoTime() - start)))
                .onFailure().recoverWithItem(failure -> {
                    LOG.errorf("Challenge %s: the sms-requested message was not sent (%s)", message.messageId(),
                            failure.getClass().getName());
                    return null;
                });
    }

    /**
     * Step 2 of the phone way: the code sent.
     *
     * @return the records; fails with {@link ChallengeRefusedException} for a wrong code or a spent challenge
     */
    public Uni<List<CitizenRecord>> answer(UUID challengeId, String code, String client, Instant now) {
        return throttle.count(ThrottleScope.CLIENT, client, now).chain(() -> {
            if (!OneTimeCode.isWellFormed(code)) {
                throw new InvalidLookupException(List.of(new FieldError("code", "NOT_A_CODE",
                        "The " + OneTimeCode.DIGITS + "-digit code from the SMS.")));
            }
            return challenges.answer(challengeId, code, now);
        }).chain(answer -> {
            if (answer.outcome() != ChallengeAnswer.Outcome.ACCEPTED) {
                throw new ChallengeRefusedException(answer);
            }
            return records.load(answer.subjectIds(), now);
        });
    }

    /**
     * The login way: a citizen whose portal login proved an ID number looks up that number.
     *
     * @param provenIdNumber the ID number the login token carries; empty when it carries none
     * @return the records; fails with {@link NotYourIdNumberException} when the number is not the proven one,
     *     {@link NoRecordFoundException} when no record has it with that date of birth
     */
    public Uni<List<CitizenRecord>> byIdNumber(IdNumberLookup lookup, Optional<String> provenIdNumber, String client,
            Instant now) {
        IdNumberLookup.Read read;
        try {
            read = lookup.read();
        } catch (InvalidLookupException e) {
            return refused(client, now, e);
        }
        boolean own = provenIdNumber.flatMap(proven -> IdNumber.parse(proven).digits())
                .filter(read.digits()::equals).isPresent();
        if (!own) {
            return refused(client, now, new NotYourIdNumberException());
        }
        return throttle.count(now, List.of(new ThrottleStore.Hit(ThrottleScope.CLIENT, client),
                        new ThrottleStore.Hit(ThrottleScope.ID_NUMBER, read.digits())))
                .chain(() -> candidates.withIdNumber(read.digits()))
                .chain(found -> {
                    List<String> ids = found.stream()
                            .filter(c -> SamePersonPolicy.matchesIdNumber(read.digits(), read.dateOfBirth(), c))
                            .map(SubjectCandidate::subjectId).toList();
                    if (ids.isEmpty()) {
                        throw new NoRecordFoundException();
                    }
                    return records.load(ids, now);
                });
    }
}
