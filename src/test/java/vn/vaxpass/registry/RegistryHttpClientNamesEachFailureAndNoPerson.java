package vn.vaxpass.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vaxpass.registry.RegistryRequests.DUC;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.vaxpass.registry.RegistryServiceException.Code;

/**
 * Each way a fetch can fail ends in its own code, and neither the exception nor the log carries a name, an ID number
 * or a date of birth, even when the service echoes them back.
 */
class RegistryHttpClientNamesEachFailureAndNoPerson {

    private static final String DUC_JSON = """
            {"id_number": "001085012345", "old_id_number": "123456789", "full_name": "Đặng Văn Đức",
             "date_of_birth": "%s", "gender": "%s", "commune_code": "00004"}""";

    private final RegistryServiceRig rig = new RegistryServiceRig();
    private final List<String> logged = new ArrayList<>();
    private final Logger clientLog = Logger.getLogger(RegistryHttpClient.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage() + " " + record.getThrown());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    {
        clientLog.addHandler(capture);
    }

    @AfterEach
    void stop() {
        clientLog.removeHandler(capture);
        rig.close();
    }

    @Test
    void aClosedPortIsUnavailable() {
        InMemoryRegistryService gone = InMemoryRegistryService.start();
        URI nobodyListens = gone.baseUrl();
        gone.close();
        RegistryHttpClient client = rig.client(settings -> new RegistryHttpSettings(Optional.of(nobodyListens),
                settings.connectTimeout(), settings.readTimeout(), 1, settings.backoff(), settings.maxBackoff()));

        assertFailsWith(client, Code.REGISTRY_UNAVAILABLE);
        assertThat(logged).hasSize(1);
    }

    @Test
    void anAnswerThatIsNotJsonIsInvalidAndNotTriedAgain() {
        rig.service.alwaysAnswer(200, "Đặng Văn Đức 001085012345");

        assertFailsWith(rig.client(), Code.REGISTRY_INVALID_ANSWER);
        assertThat(rig.service.requestsReceived()).isEqualTo(1);
    }

    @Test
    void anAnswerWithoutPersonsIsInvalid() {
        rig.service.alwaysAnswer(200, "{\"people\": []}");

        assertFailsWith(rig.client(), Code.REGISTRY_INVALID_ANSWER);
    }

    @Test
    void aDateOutsideTheContractsFormsFailsTheFetch() {
        // Day and month could be either way round in 03/07/1985: guessing could hand the matcher a wrong date.
        rig.service.alwaysAnswer(200, "{\"persons\": [" + DUC_JSON.formatted("03/07/1985", "M") + "]}");

        RegistryServiceException e = assertFailsWith(rig.client(), Code.REGISTRY_INVALID_ANSWER);
        assertThat(e).hasMessageContaining("persons[0].date_of_birth");
    }

    @Test
    void aGenderOtherThanMOrFFailsTheFetch() {
        rig.service.alwaysAnswer(200, "{\"persons\": [" + DUC_JSON.formatted("1985-03-07", "Nam") + "]}");

        RegistryServiceException e = assertFailsWith(rig.client(), Code.REGISTRY_INVALID_ANSWER);
        assertThat(e).hasMessageContaining("persons[0].gender");
    }

    @Test
    void aRedirectIsNotFollowed() {
        rig.service.alwaysAnswer(302, "{}");

        assertFailsWith(rig.client(), Code.REGISTRY_INVALID_ANSWER);
    }

    @Test
    void aRefusalQuotingTheRequestIsNotRepeated() {
        rig.service.thenFail(503).alwaysAnswer(422, "{\"invalid\": " + DUC_JSON.formatted("1985-03-07", "M") + "}");

        assertFailsWith(rig.client(), Code.REGISTRY_REJECTED_REQUEST);
        assertThat(logged).hasSize(1);
    }

    @Test
    void aMissingBaseUrlIsRefusedAtStart() {
        assertThatThrownBy(() -> rig.client(settings -> new RegistryHttpSettings(Optional.empty(),
                settings.connectTimeout(), settings.readTimeout(), 1, settings.backoff(), settings.maxBackoff())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vaxpass.registry.http.base-url");
    }

    /** Fails with the code, and nothing said about it names Đức. */
    private RegistryServiceException assertFailsWith(RegistryHttpClient client, Code code) {
        Throwable thrown = null;
        try {
            client.fetch(RegistryRequests.numbersAndBlocks()).await().indefinitely();
        } catch (RuntimeException e) {
            thrown = e;
        }
        assertThat(thrown).isInstanceOf(RegistryServiceException.class);
        RegistryServiceException e = (RegistryServiceException) thrown;
        assertThat(e.code()).isEqualTo(code);
        List<String> said = new ArrayList<>(logged);
        for (Throwable t = e; t != null; t = t.getCause()) {
            said.add(t.toString());
        }
        for (String text : said) {
            assertThat(text).doesNotContain(DUC.idNumber(), DUC.oldIdNumber(), "Đức", "Duc", "DUC", "1985-03-07",
                    "03/07/1985");
        }
        return e;
    }
}
