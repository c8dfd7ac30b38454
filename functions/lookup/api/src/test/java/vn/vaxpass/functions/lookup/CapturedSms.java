package vn.vaxpass.functions.lookup;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.lookup.SmsQueue;
import vn.vaxpass.lookup.SmsRequested;

/** The SMS queue of the resources' tests: keeps what was sent. */
@ApplicationScoped
public class CapturedSms implements SmsQueue {

    private final List<SmsRequested> sent = new CopyOnWriteArrayList<>();

    @Override
    public Uni<Void> send(SmsRequested message) {
        sent.add(message);
        return Uni.createFrom().voidItem();
    }

    public List<SmsRequested> sentTo(String e164) {
        return sent.stream().filter(m -> m.phone().equals(e164)).toList();
    }
}
