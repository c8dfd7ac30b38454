package vn.vaxpass.functions.registrymatch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.matching.jobs.ChunkProcessor;
import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.messaging.testing.ElasticMqResource;
import vn.vaxpass.testing.TestTokens;

/**
 * A job's results.csv shows health staff the suggested ID numbers masked and the Ministry whole; each download is
 * recorded with the caller and the job (one row per download, not per subject).
 */
@QuarkusTest
class JobsResourceMasksAndRecordsEachResultsDownload {

    private static final String JOBS = "/v1/registry-match/jobs";
    private static final String QUEUE = "registry-match-chunks";

    @Inject
    Pool pool;

    @Inject
    ChunkProcessor processor;

    @BeforeEach
    void data() {
        JobData.reset(pool);
        JobData.subjects(pool);
        RegistryMatchTests.forgetDisclosuresAndQuotas(pool);
        while (!ElasticMqResource.receive(QUEUE).isEmpty()) {
            // Messages of earlier tests.
        }
    }

    @Test
    void healthStaffSeeSuggestionsMaskedAndTheMinistryWhole() {
        String id = finishedPhucXaJob();

        assertThat(results(TestTokens.communeHealth("01", JobData.PHUC_XA), id))
                .contains("S-2,MISMATCH,name,001*******21,0.970", "S-3,MISSING_ID,,001*******21,0.950")
                .noneMatch(line -> line.contains("001187054321"));
        assertThat(results(TestTokens.provinceHealth("01"), id)).contains("S-3,MISSING_ID,,001*******21,0.950");
        assertThat(results(TestTokens.ministry(), id))
                .contains("S-2,MISMATCH,name,001187054321,0.970", "S-3,MISSING_ID,,001187054321,0.950");
    }

    @Test
    void eachDownloadIsRecordedWithTheCallerAndTheJob() {
        String id = finishedPhucXaJob();
        results(TestTokens.communeHealth("01", JobData.PHUC_XA), id);
        results(TestTokens.ministry(), id);
        given().auth().oauth2(TestTokens.communeHealth("01", JobData.TRUC_BACH)).get(JOBS + "/" + id + "/results")
                .then().statusCode(404);

        List<String> rows = new ArrayList<>();
        for (Row row : pool.preparedQuery("SELECT account, revealed, subject_id, job_id FROM registry_disclosure"
                + " ORDER BY id").executeAndAwait(Tuple.tuple())) {
            rows.add(row.getString(0) + " " + row.getString(1) + " " + row.getString(2) + " " + row.getUUID(3));
        }
        assertThat(rows).containsExactly("test-account-commune-health JOB_RESULTS null " + id,
                "test-account-ministry JOB_RESULTS null " + id);
    }

    private String finishedPhucXaJob() {
        String id = given().auth().oauth2(TestTokens.communeHealth("01", JobData.PHUC_XA)).contentType(ContentType.JSON)
                .body(Map.of("scope", "commune", "code", JobData.PHUC_XA)).post(JOBS)
                .then().statusCode(202).extract().path("id");
        List<String> messages = new ArrayList<>();
        for (int attempt = 0; attempt < 10 && messages.size() < 3; attempt++) {
            messages.addAll(ElasticMqResource.receive(QUEUE));
        }
        assertThat(messages).hasSize(3);
        messages.forEach(message -> processor.process(message).await().indefinitely());
        return id;
    }

    private static List<String> results(String token, String id) {
        return given().auth().oauth2(token).get(JOBS + "/" + id + "/results").then().statusCode(200)
                .extract().asString().lines().toList();
    }
}
