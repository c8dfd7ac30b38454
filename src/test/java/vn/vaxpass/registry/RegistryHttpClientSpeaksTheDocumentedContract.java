package vn.vaxpass.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.registry.RegistryRequests.DUC;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vaxpass.identity.Gender;

/**
 * The client sends and reads exactly what docs/registry-service.md shows, so a service written from that page (not
 * from our code) works with it.
 */
class RegistryHttpClientSpeaksTheDocumentedContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegistryServiceRig rig = new RegistryServiceRig();

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void theRequestIsTheDocumentedJson() throws Exception {
        rig.client().fetch(RegistryRequests.numbersAndBlocks()).await().indefinitely();

        assertThat(JSON.readTree(rig.service.lastRequest())).isEqualTo(JSON.readTree("""
                {"id_numbers": ["001085012345"],
                 "old_id_numbers": ["123456789"],
                 "name_blocks": [{"name_key": "DANG VAN DUC", "birth_year": 1985},
                                 {"name_key": "DUC DANG VAN", "birth_year": 1985},
                                 {"name_key": "VAN DUC DANG", "birth_year": 1985}],
                 "commune_blocks": [{"commune_code": "00004", "birth_year": 1985}]}"""));
    }

    @Test
    void theDocumentedAnswerIsRead() {
        rig.service.alwaysAnswer(200, """
                {"persons": [
                  {"id_number": "001085012345", "old_id_number": "123456789", "full_name": "Đặng Văn Đức",
                   "date_of_birth": "1985-03-07", "gender": "M", "commune_code": "00004"},
                  {"id_number": "001185000003", "full_name": "Lê Thị Hoa", "date_of_birth": "1985", "gender": "F",
                   "commune_code": "00004", "a_field_added_later": true}],
                 "next_version_field": {}}""");

        RegistryView view = rig.client().fetch(RegistryRequests.numbersAndBlocks()).await().indefinitely();

        assertThat(view.byIdNumber("001085012345")).contains(DUC);
        assertThat(view.byOldIdNumber("123456789")).contains(DUC);
        assertThat(view.byCommuneAndBirthYear("00004", 1985)).containsExactlyInAnyOrder(DUC,
                RegistryEntryFixture.person("001185000003", null, "Lê Thị Hoa", "1985", Gender.FEMALE, "00004"));
    }

    @Test
    void aPersonListedTwiceIsKeptOnce() {
        String duc = """
                {"id_number": "001085012345", "old_id_number": "123456789", "full_name": "Đặng Văn Đức",
                 "date_of_birth": "1985-03-07", "gender": "M", "commune_code": "00004"}""";
        rig.service.alwaysAnswer(200, "{\"persons\": [" + duc + ", " + duc + "]}");

        RegistryView view = rig.client().fetch(RegistryRequests.numbersAndBlocks()).await().indefinitely();

        assertThat(view.byNameAndBirthYear("DANG VAN DUC", 1985)).containsExactly(DUC);
    }

    @Test
    void nothingRequestedAsksNothing() {
        assertThat(rig.client().fetch(new vn.vaxpass.registry.MatchRequests()).await().indefinitely()
                .byIdNumber(DUC.idNumber())).isEmpty();
        assertThat(rig.service.requestsReceived()).isZero();
    }
}
