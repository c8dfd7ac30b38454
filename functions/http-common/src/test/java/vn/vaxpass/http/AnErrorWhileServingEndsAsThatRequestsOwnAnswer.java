package vn.vaxpass.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import vn.vaxpass.shared.FatalErrorExit;
import vn.vaxpass.shared.RecordingProcessEnd;

/**
 * An error met while serving a request (a real stack overflow, a real allocation the heap cannot make, a defect's
 * AssertionError) ends as that request's own answer: 500 with the problem body and its code, no stack trace, no
 * exception class; the process serves the next request and is not asked to end. An error that leaves the process
 * unfit to serve (here an InternalError) is answered the same way, and then the process is asked to exit with status
 * 70 after a short grace, so that its platform starts a new one ({@link RecordingProcessEnd} stands in for the exit).
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnErrorWhileServingEndsAsThatRequestsOwnAnswer {

    @Inject
    FatalErrorExit fatalErrorExit;

    @ParameterizedTest
    @ValueSource(strings = {"stack-overflow", "array-too-large", "heap", "assertion"})
    @Order(1)
    void anErrorOfOneRequestIsItsOwn500AndTheNextRequestIsServed(String kind) {
        Response answer = given().when().get("/test/errors/" + kind);

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.jsonPath().getString("code")).isEqualTo(ProblemMappers.INTERNAL_ERROR);
        assertThat(answer.body().asString()).doesNotContain("stack", "java.", "Error", "\tat ");
        given().when().get("/test/errors/none").then().statusCode(200).body(equalTo("fine"));
        assertThat(fatalErrorExit.ending()).as("the process is not asked to end").isFalse();
        assertThat(RecordingProcessEnd.ASKED).isEmpty();
    }

    @Test
    @Order(2)
    void anErrorThatLeavesTheProcessUnfitIsAnsweredAndThenTheProcessExits() throws InterruptedException {
        Response answer = given().when().get("/test/errors/internal-error");

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.jsonPath().getString("code")).isEqualTo(ProblemMappers.INTERNAL_ERROR);
        assertThat(answer.body().asString()).doesNotContain("InternalError", "probe", "\tat ");
        assertThat(fatalErrorExit.ending()).isTrue();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (RecordingProcessEnd.ASKED.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(RecordingProcessEnd.ASKED).containsExactly("exit " + FatalErrorExit.STATUS);
    }
}
