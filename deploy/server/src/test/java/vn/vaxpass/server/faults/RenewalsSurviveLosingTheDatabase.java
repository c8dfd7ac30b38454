package vn.vaxpass.server.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.messaging.testing.ElasticMqResource;
import vn.vaxpass.renewal.CitizenNotification;
import vn.vaxpass.renewal.RenewalDue;
import vn.vaxpass.renewal.RenewalRows;
import vn.vaxpass.shared.ValidityWindow;

/**
 * PostgreSQL lost while a batch of certificate-renewal-due messages arrives: the consumer fails the whole batch and
 * every message comes back; once the database is back each subject is renewed once (one certificate_renewal row, the
 * next window's certificate noted once) and told once (every citizen-notification about it carries the same id and
 * body, docs/messages.md).
 */
@QuarkusTest
@TestProfile(FaultsProfile.class)
class RenewalsSurviveLosingTheDatabase {

    private static final String DUE = "certificate-renewal-due";
    private static final String NOTIFICATIONS = "citizen-notification";
    private static final int SUBJECTS = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Pool pool;

    private RenewalRows rows;

    @BeforeEach
    void setUp() {
        rows = new RenewalRows(pool);
        received();
    }

    @Test
    void everySubjectIsRenewedAndToldOnceAfterTheDatabaseComesBack() {
        Instant anchor = RenewalRows.anchorEndingIn(5);
        Instant next = RenewalRows.nextWindowStart(anchor);
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < SUBJECTS; i++) {
            subjects.add(rows.eligible(anchor));
        }

        TcpProxy database = FaultyDatabase.proxy();
        database.cut();
        subjects.forEach(subject -> ElasticMqResource.send(DUE, RenewalDue.of(subject, next).toJson()));
        Faults.pause(Faults.OUTAGE);
        database.restore();

        String[] ids = subjects.toArray(String[]::new);
        Faults.await("every renewal written", () -> rows.rows.count(
                "SELECT count(*) FROM certificate_renewal WHERE subject_id = ANY($1)", (Object) ids) == SUBJECTS);
        Faults.await("the renewal queue emptied", () -> ElasticMqResource.messages(DUE) == 0);

        assertThat(rows.rows.count("SELECT count(*) FROM certificate_renewal WHERE subject_id = ANY($1)"
                + " AND outcome = 'RENEWED'", (Object) ids)).isEqualTo(SUBJECTS);
        assertThat(rows.rows.count("SELECT count(*) FROM certificate_served WHERE subject_id = ANY($1)"
                + " AND window_start = $2", ids, next.atOffset(ZoneOffset.UTC))).isEqualTo(SUBJECTS);
        ValidityWindow window = ValidityWindow.startingAt(next);
        Set<String> expected = subjects.stream().map(subject -> CitizenNotification.renewed(subject, window).toJson())
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> told = received();
        assertThat(new TreeSet<>(told)).as("one notification per subject, the same for every delivery")
                .isEqualTo(expected);
        assertThat(told.stream().map(RenewalsSurviveLosingTheDatabase::notificationId).distinct().count())
                .isEqualTo(SUBJECTS);
    }

    private static String notificationId(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node.get("notificationId").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> received() {
        List<String> all = new ArrayList<>();
        for (List<String> some = ElasticMqResource.receive(NOTIFICATIONS); !some.isEmpty();
                some = ElasticMqResource.receive(NOTIFICATIONS)) {
            all.addAll(some);
        }
        return all;
    }
}
