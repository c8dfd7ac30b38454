package vn.vaxpass.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

@QuarkusTest
class CitizenLookupByIdNumberShowsOnlyTheProvenNumber {

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");

    @Inject
    CitizenLookup lookup;

    @Inject
    Pool pool;

    private String idNumber;
    private String subjectId;
    private String client;

    @BeforeEach
    void aSubject() {
        idNumber = LookupRows.freshIdNumber();
        client = "client-" + UUID.randomUUID();
        String spaced = idNumber.substring(0, 3) + " " + idNumber.substring(3, 6) + " " + idNumber.substring(6);
        subjectId = new LookupRows(pool).subject("Trần Hòa", "1950", "M", spaced, LookupRows.freshPhone());
    }

    private List<CitizenRecord> lookUp(String asked, String dateOfBirth, String proven) {
        return lookup.byIdNumber(new IdNumberLookup(asked, dateOfBirth), Optional.ofNullable(proven), client, NOW)
                .await().indefinitely();
    }

    @Test
    void showsTheRecordOfTheProvenIdNumber() {
        assertThat(lookUp(idNumber, "14/02/1950", idNumber)).extracting(CitizenRecord::subjectId)
                .containsExactly(subjectId);
        assertThat(lookUp(idNumber, "14/02/1950", idNumber).get(0).registryCheck().state())
                .isEqualTo(RegistryCheckWording.NOT_YET_CHECKED);
    }

    @Test
    void refusesAnotherIdNumberThanTheProvenOneWithoutLookingItUp() {
        String mine = LookupRows.freshIdNumber();
        assertThat(catchThrowable(() -> lookUp(idNumber, "1950", mine))).isInstanceOf(NotYourIdNumberException.class);
        assertThat(catchThrowable(() -> lookUp(idNumber, "1950", null))).isInstanceOf(NotYourIdNumberException.class);
        // The same answer whether or not the other number has a record.
        assertThat(catchThrowable(() -> lookUp(LookupRows.freshIdNumber(), "1950", mine)))
                .isInstanceOf(NotYourIdNumberException.class);
    }

    @Test
    void findsNothingForAnotherDateOfBirth() {
        assertThat(catchThrowable(() -> lookUp(idNumber, "1951", idNumber))).isInstanceOf(NoRecordFoundException.class);
    }
}
