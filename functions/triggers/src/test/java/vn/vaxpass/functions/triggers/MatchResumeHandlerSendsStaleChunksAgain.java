package vn.vaxpass.functions.triggers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.access.Reach;
import vn.vaxpass.matching.SubjectScope;
import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.matching.jobs.MatchJobs;
import vn.vaxpass.messaging.testing.ElasticMqResource;

/**
 * The same zip with QUARKUS_LAMBDA_HANDLER=match-resume: an EventBridge scheduled event sends the chunks not done in
 * time to SQS again (here every chunk is stale at once: resend-after is zero).
 */
@QuarkusTest
@TestProfile(MatchResumeHandlerSendsStaleChunksAgain.Resume.class)
class MatchResumeHandlerSendsStaleChunksAgain {

    private static final String QUEUE = "registry-match-chunks";

    public static class Resume implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.lambda.handler", MatchResumeHandler.NAME, "vaxpass.match-jobs.resend-after", "PT0S");
        }
    }

    @Inject
    Pool pool;

    @Inject
    MatchJobs jobs;

    @Test
    void aScheduledEventSendsEveryStaleChunkAgain() {
        JobData.reset(pool);
        JobData.subjects(pool);
        jobs.submit(SubjectScope.commune(JobData.PHUC_XA), Reach.province("01"), "user-17");
        while (!ElasticMqResource.receive(QUEUE).isEmpty()) {
            // The messages of the submission: the chunks are left not done.
        }

        given().contentType(ContentType.JSON).body("""
                {"version":"0","id":"53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa","detail-type":"Scheduled Event",\
                "source":"aws.events","account":"123456789012","time":"2026-11-22T02:00:00Z","region":"ap-southeast-1",\
                "resources":["arn:aws:events:ap-southeast-1:123456789012:rule/vaxpass-dev-match-resume"],"detail":{}}""")
                .when().post("/_lambda_")
                .then().statusCode(200).body("resent", equalTo(3));

        assertThat(ElasticMqResource.messages(QUEUE)).isEqualTo(3);
    }
}
