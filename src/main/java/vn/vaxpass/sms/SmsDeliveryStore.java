package vn.vaxpass.sms;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The texts' delivery claims ({@code sms_delivery}): who may send a message id, and whether it was sent. A claim is
 * taken in one statement, so two deliveries of one message cannot both send it.
 */
@ApplicationScoped
public class SmsDeliveryStore {

    /** What a delivery may do with a message id. */
    public enum Claim {
        /** Send it: nobody has, and nobody is sending it now. */
        CLAIMED,
        /** It was sent: acknowledge the message and send nothing. */
        ALREADY_SENT,
        /** Another delivery is sending it now: leave the message to come back. */
        IN_FLIGHT
    }

    // A SENDING claim older than the lease is a delivery that died before it could say; the next one takes it over.
    static final String CLAIM = "INSERT INTO sms_delivery (message_id, state, claimed_at) VALUES ($1, 'SENDING', $2)"
            + " ON CONFLICT (message_id) DO UPDATE SET claimed_at = EXCLUDED.claimed_at"
            + " WHERE sms_delivery.state = 'SENDING' AND sms_delivery.claimed_at < $3"
            + " RETURNING true";
    static final String STATE = "SELECT state FROM sms_delivery WHERE message_id = $1";
    static final String SENT = "UPDATE sms_delivery SET state = 'SENT', sent_at = $2 WHERE message_id = $1";
    static final String RELEASE = "DELETE FROM sms_delivery WHERE message_id = $1 AND state = 'SENDING'";

    private final Pool pool;

    @Inject
    public SmsDeliveryStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<Claim> claim(UUID messageId, Instant now, Duration lease) {
        Tuple claim = Tuple.of(messageId, now.atOffset(ZoneOffset.UTC), now.minus(lease).atOffset(ZoneOffset.UTC));
        return pool.preparedQuery(CLAIM).execute(claim).flatMap(claimed -> claimed.rowCount() > 0
                ? Uni.createFrom().item(Claim.CLAIMED)
                : pool.preparedQuery(STATE).execute(Tuple.of(messageId)).map(rows -> rows.rowCount() > 0
                        && "SENT".equals(rows.iterator().next().getString(0)) ? Claim.ALREADY_SENT : Claim.IN_FLIGHT));
    }

    public Uni<Void> sent(UUID messageId, Instant now) {
        return pool.preparedQuery(SENT).execute(Tuple.of(messageId, now.atOffset(ZoneOffset.UTC))).replaceWithVoid();
    }

    /** Gives a claim back after the provider refused the text, so the message's next delivery sends it. */
    public Uni<Void> release(UUID messageId) {
        return pool.preparedQuery(RELEASE).execute(Tuple.of(messageId)).replaceWithVoid();
    }
}
