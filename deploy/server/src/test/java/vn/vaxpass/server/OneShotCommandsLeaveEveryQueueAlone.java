package vn.vaxpass.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * A one-shot command (token, issue, match, ...) disables every SQS channel before Quarkus starts, so that it neither
 * consumes a queue nor has the connector look queues up (which, with no SQS around, logs a credentials error).
 * A channel added to the configuration but not to {@link VaxpassMain#QUEUE_CHANNELS} would bring that back.
 */
class OneShotCommandsLeaveEveryQueueAlone {

    private static final Pattern CHANNEL = Pattern.compile("mp\\.messaging\\.((?:incoming|outgoing)\\.[^.]+)\\.connector");

    @Test
    void everyConfiguredChannelIsDisabledForCommands() throws IOException {
        Properties configuration = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            configuration.load(in);
        }
        Set<String> channels = configuration.stringPropertyNames().stream()
                .map(CHANNEL::matcher).filter(Matcher::matches).map(m -> m.group(1)).collect(Collectors.toSet());

        assertThat(channels).isNotEmpty();
        assertThat(VaxpassMain.QUEUE_CHANNELS).containsExactlyInAnyOrderElementsOf(channels);
    }

    @Test
    void serveIsTheOnlyCommandThatKeepsThem() {
        assertThat(VaxpassMain.isServe("serve")).isTrue();
        assertThat(VaxpassMain.isServe("token", "--role", "ministry")).isFalse();
        assertThat(VaxpassMain.isServe()).isFalse();
    }
}
