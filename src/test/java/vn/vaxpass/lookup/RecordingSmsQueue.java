package vn.vaxpass.lookup;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/** The core tests' SMS queue: keeps what was sent (the SQS one is tested with ElasticMQ where the connector is). */
@ApplicationScoped
public class RecordingSmsQueue implements SmsQueue {

    private final List<SmsRequested> sent = new CopyOnWriteArrayList<>();

    @Override
    public Uni<Void> send(SmsRequested message) {
        sent.add(message);
        return Uni.createFrom().voidItem();
    }

    /** The messages sent to this phone (E.164). */
    public List<SmsRequested> sentTo(String e164) {
        return sent.stream().filter(m -> m.phone().equals(e164)).toList();
    }
}
