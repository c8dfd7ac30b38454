package vn.vaxpass.server.sms;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import io.quarkus.arc.Unremovable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vaxpass sms-outbox}: the texts {@code serve} would have sent (one-time codes), newest first, from its outbox,
 * since {@code serve} texts nobody and logs no code.
 */
@Dependent
@Unremovable
@Command(name = "sms-outbox", description = "Show the texts serve would have sent (its SMS outbox), newest first.")
public class SmsOutboxCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Option(names = "--phone", description = "Only texts to this number, as +84 and nine digits.")
    String phone;

    @Option(names = "--last", defaultValue = "10", description = "How many (default: ${DEFAULT-VALUE}).")
    int last;

    @Spec
    CommandSpec spec;

    @Inject
    SmsOutboxStore outbox;

    @Override
    public Integer call() {
        List<SmsOutboxStore.Kept> texts = outbox.newest(phone, Math.max(1, last)).await().indefinitely();
        for (SmsOutboxStore.Kept text : texts) {
            spec.commandLine().getOut().printf("%s  %s  %s%n", TIME.format(text.createdAt()), text.sms().phone(),
                    text.sms().body());
        }
        if (texts.isEmpty()) {
            spec.commandLine().getOut().println("(no texts)");
        }
        return 0;
    }
}
