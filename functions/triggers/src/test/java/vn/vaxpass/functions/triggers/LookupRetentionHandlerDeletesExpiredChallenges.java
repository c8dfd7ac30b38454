package vn.vaxpass.functions.triggers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** The same zip with QUARKUS_LAMBDA_HANDLER=lookup-retention: a scheduled event deletes challenges past retention. */
@QuarkusTest
@TestProfile(LookupRetentionHandlerDeletesExpiredChallenges.Retention.class)
class LookupRetentionHandlerDeletesExpiredChallenges {

    public static class Retention implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.lambda.handler", LookupRetentionHandler.NAME);
        }
    }

    @Inject
    Pool pool;

    @Test
    void aScheduledEventDeletesWhatExpiredMoreThanADayAgo() {
        UUID old = challenge(72);
        UUID recent = challenge(1);

        given().contentType(ContentType.JSON).body("""
                {"version":"0","id":"53dc4d37-cffa-4f76-80c9-8b7d4a4d2eab","detail-type":"Scheduled Event",\
                "source":"aws.events","account":"123456789012","time":"2026-11-22T02:00:00Z","region":"ap-southeast-1",\
                "resources":["arn:aws:events:ap-southeast-1:123456789012:rule/vaxpass-dev-lookup-retention"],"detail":{}}""")
                .when().post("/_lambda_")
                .then().statusCode(200).body("challengesDeleted", greaterThanOrEqualTo(1));

        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
    }

    private UUID challenge(int hoursAgo) {
        UUID id = UUID.randomUUID();
        pool.preparedQuery("INSERT INTO lookup_challenge (id, subject_ids, code_hash, created_at, expires_at)"
                + " VALUES ($1, ARRAY['S-1'], '\\x00'::bytea, now() - ($2 || ' hours')::interval - interval '10 minutes', now() - ($2 || ' hours')::interval)")
                .execute(Tuple.of(id, String.valueOf(hoursAgo))).await().indefinitely();
        return id;
    }

    private boolean exists(UUID id) {
        return pool.preparedQuery("SELECT 1 FROM lookup_challenge WHERE id = $1").execute(Tuple.of(id))
                .await().indefinitely().size() == 1;
    }
}
