package vn.vaxpass.functions.correction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import vn.vaxpass.testing.TestTokens;

@QuarkusTest
class TwoClerksOnOneItemOneWins {

    private static final String STATION = TestTokens.communeHealth(CleanUpData.HA_NOI, CleanUpData.PHUC_XA);
    private static final int RACES = 10;

    @Inject
    CleanUpData data;

    private String itemPath;

    @BeforeEach
    void list() {
        data.reset();
        String id = as(STATION).body(Map.of("communeCode", CleanUpData.PHUC_XA)).post(ListsResource.PATH).then()
                .statusCode(201).extract().path("id");
        Number item = as(STATION).get(ListsResource.PATH + "/" + id).then().extract()
                .path("items.find { it.subjectId == 'S-3' }.id");
        itemPath = ListsResource.PATH + "/" + id + "/items/" + item;
    }

    @Test
    void theSecondProposalOnTheVersionBothReadGets409AndChangesNothing() {
        as(STATION).header("If-Match", "\"0\"").body(Map.of("idNumber", "001187054321")).put(itemPath + "/proposal")
                .then().statusCode(200).body("version", equalTo(1));
        as(STATION).header("If-Match", "\"0\"").body(Map.of("idNumber", "001085012345")).put(itemPath + "/proposal")
                .then().statusCode(409).body("code", equalTo("STALE_VERSION"));
    }

    @Test
    void proposalsSentAtTheSameMomentLeaveOneWinnerAndTheRest409() throws Exception {
        ExecutorService clerks = Executors.newFixedThreadPool(RACES);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Integer>> proposals = java.util.stream.IntStream.range(0, RACES)
                    .<Callable<Integer>>mapToObj(i -> () -> {
                        start.await();
                        return as(STATION).header("If-Match", "\"0\"")
                                .body(Map.of("fullName", "Người Thứ " + "ABCDEFGHIJ".charAt(i)))
                                .put(itemPath + "/proposal").statusCode();
                    }).toList();
            List<Future<Integer>> answers = proposals.stream().map(clerks::submit).toList();
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses.stream().filter(status -> status == 200)).hasSize(1);
        } finally {
            clerks.shutdownNow();
        }
        as(STATION).get(itemPath.substring(0, itemPath.indexOf("/items"))).then()
                .body("items.find { it.subjectId == 'S-3' }.version", equalTo(1));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
