package vn.vaxpass.server.faults;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.testing.TestTokens;

/** What the fault tests share: the jobs over HTTP, subjects in numbers, and waiting on state with a deadline. */
final class Faults {

    static final String JOBS = "/v1/registry-match/jobs";
    /** How long a fault may take to heal here: it takes a few seconds (the sweep's resend-after, 3 s, and a round). */
    static final Duration PATIENCE = Duration.ofSeconds(45);
    /** How long the database stays lost: several rounds of the sweep and of the consumers' polls. */
    static final Duration OUTAGE = Duration.ofSeconds(3);

    private Faults() {
    }

    /** {@code count} subjects of Phúc Xá (F-001...), none in the registry: each gets one result per job. */
    static void subjects(Pool pool, int count) {
        for (int i = 1; i <= count; i++) {
            JobData.subject(pool, "F-%03d".formatted(i), "Nguyễn Văn Thử", "01/01/1990", "Nam",
                    "0010900%05d".formatted(i), JobData.PHUC_XA, "01");
        }
    }

    static String submitPhucXa() {
        return staff().contentType(ContentType.JSON).body(Map.of("scope", "commune", "code", JobData.PHUC_XA))
                .post(JOBS).then().statusCode(202).extract().path("id");
    }

    static JsonPath job(String id) {
        return staff().get(JOBS + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** Polls the job until it has ended (FINISHED or FAILED), within {@link #PATIENCE}. */
    static JsonPath awaitEnded(String id) {
        JsonPath[] last = new JsonPath[1];
        await("job " + id + " ended", () -> {
            last[0] = job(id);
            return !"RUNNING".equals(last[0].getString("state"));
        });
        return last[0];
    }

    static List<String> results(String id) {
        return staff().get(JOBS + "/" + id + "/results").then().statusCode(200).extract().asString().lines().toList();
    }

    /** Results written for the job: all of them, and distinct subjects. */
    static long[] resultRows(Pool pool, String id) {
        UUID job = UUID.fromString(id);
        return new long[] {
            JobData.count(pool, "SELECT count(*) FROM match_result WHERE job_id = $1", job),
            JobData.count(pool, "SELECT count(DISTINCT subject_id) FROM match_result WHERE job_id = $1", job)};
    }

    /** Chunks of the job whose message the sweep had to send again. */
    static long chunksSentAgain(Pool pool, String id) {
        return JobData.count(pool, "SELECT count(*) FROM match_job_chunk WHERE job_id = $1 AND attempts > 1",
                UUID.fromString(id));
    }

    /** Polls {@code condition} until it holds; fails the test at the deadline. */
    static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("%s within %s", what, PATIENCE).isBefore(deadline);
            pause(Duration.ofMillis(200));
        }
    }

    /** Waits for a fault's seam to be reached: a delivery held in flight. */
    static void await(java.util.concurrent.CompletableFuture<Void> reached) {
        try {
            reached.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the held delivery arrived within " + PATIENCE, e);
        }
    }

    /** Keeps a fault in place this long (its duration, not a wait for a result), or polls between checks. */
    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static RequestSpecification staff() {
        return given().auth().oauth2(TestTokens.provinceHealth("01"));
    }
}
