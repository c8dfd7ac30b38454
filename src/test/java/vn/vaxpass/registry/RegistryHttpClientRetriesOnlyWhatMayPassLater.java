package vn.vaxpass.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vaxpass.registry.RegistryRequests.DUC;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.vaxpass.registry.RegistryServiceException.Code;

/**
 * Connection errors, timeouts, 429 and 5xx are tried again with backoff, up to the configured number of retries;
 * a refused request (another 4xx) is not, since the same request would be refused again.
 */
class RegistryHttpClientRetriesOnlyWhatMayPassLater {

    private final RegistryServiceRig rig = new RegistryServiceRig();

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void aServiceUnavailableTwiceThenAnsweringGivesTheAnswer() {
        rig.service.serve(List.of(DUC)).thenFail(503).thenFail(503);

        RegistryView view = rig.client().fetch(RegistryRequests.forDucsNumber()).await().indefinitely();

        assertThat(view.byIdNumber(DUC.idNumber())).contains(DUC);
        assertThat(rig.service.requestsReceived()).isEqualTo(3);
    }

    @Test
    void tooManyRequestsIsTriedAgain() {
        rig.service.serve(List.of(DUC)).thenFail(429);

        RegistryView view = rig.client().fetch(RegistryRequests.forDucsNumber()).await().indefinitely();

        assertThat(view.byIdNumber(DUC.idNumber())).contains(DUC);
        assertThat(rig.service.requestsReceived()).isEqualTo(2);
    }

    @Test
    void givesUpAfterTheConfiguredRetries() {
        rig.service.alwaysAnswer(503, "{}");
        RegistryHttpClient client = rig.client(settings -> settings.withRetries(2));

        assertThatThrownBy(() -> client.fetch(RegistryRequests.forDucsNumber()).await().indefinitely())
                .isInstanceOfSatisfying(RegistryServiceException.class, e -> {
                    assertThat(e.code()).isEqualTo(Code.REGISTRY_UNAVAILABLE);
                    assertThat(e).hasMessage("REGISTRY_UNAVAILABLE: the registry service answered HTTP 503 (3 attempts)");
                });
        assertThat(rig.service.requestsReceived()).isEqualTo(3);
    }

    @Test
    void noRetriesMeansOneAttempt() {
        rig.service.alwaysAnswer(502, "{}");
        RegistryHttpClient client = rig.client(settings -> settings.withRetries(0));

        assertThatThrownBy(() -> client.fetch(RegistryRequests.forDucsNumber()).await().indefinitely())
                .isInstanceOfSatisfying(RegistryServiceException.class,
                        e -> assertThat(e.code()).isEqualTo(Code.REGISTRY_UNAVAILABLE));
        assertThat(rig.service.requestsReceived()).isEqualTo(1);
    }

    @Test
    void aRefusedRequestIsNotTriedAgain() {
        rig.service.alwaysAnswer(400, "{\"error\": \"bad request\"}");

        assertThatThrownBy(() -> rig.client().fetch(RegistryRequests.forDucsNumber()).await().indefinitely())
                .isInstanceOfSatisfying(RegistryServiceException.class, e -> {
                    assertThat(e.code()).isEqualTo(Code.REGISTRY_REJECTED_REQUEST);
                    assertThat(e).hasMessage("REGISTRY_REJECTED_REQUEST: the registry service refused the request"
                            + " with HTTP 400 (1 attempt)");
                });
        assertThat(rig.service.requestsReceived()).isEqualTo(1);
    }

    @Test
    void aServiceThatNeverAnswersTimesOutOnEveryAttempt() {
        rig.service.neverAnswer();
        RegistryHttpClient client = rig.client(settings -> settings.withRetries(1).withReadTimeout(Duration.ofMillis(300)));

        assertThatThrownBy(() -> client.fetch(RegistryRequests.forDucsNumber()).await().indefinitely())
                .isInstanceOfSatisfying(RegistryServiceException.class,
                        e -> assertThat(e.code()).isEqualTo(Code.REGISTRY_TIMED_OUT));
        assertThat(rig.service.requestsReceived()).isEqualTo(2);
    }
}
