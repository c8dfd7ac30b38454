package vn.vaxpass.registry;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;

import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.identity.Gender;
import vn.vaxpass.registry.MatchRequests;
import vn.vaxpass.registry.MatchRequests.CommuneYear;
import vn.vaxpass.registry.MatchRequests.NameYear;
import vn.vaxpass.registry.RegistryServiceException.Code;

/**
 * The registry service's lookup as it goes over the wire (docs/registry-service.md): {@link MatchRequests} to the
 * request's JSON, the answer's JSON to registry entries. Arrays are sent sorted, so the same requests make the same
 * bytes. An answer is read strictly: one person the contract does not describe fails the whole fetch, since a
 * person left out could change an outcome; fields the contract does not name are ignored.
 */
final class RegistryLookup {

    static final String PATH = "/v1/persons:lookup";
    static final String JSON_MEDIA_TYPE = "application/json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static final Comparator<NameBlock> NAME_ORDER =
            Comparator.comparing(NameBlock::nameKey).thenComparingInt(NameBlock::birthYear);
    private static final Comparator<CommuneBlock> COMMUNE_ORDER =
            Comparator.comparing(CommuneBlock::communeCode).thenComparingInt(CommuneBlock::birthYear);

    @RegisterForReflection
    record Request(@JsonProperty("id_numbers") List<String> idNumbers,
            @JsonProperty("old_id_numbers") List<String> oldIdNumbers,
            @JsonProperty("name_blocks") List<NameBlock> nameBlocks,
            @JsonProperty("commune_blocks") List<CommuneBlock> communeBlocks) {
    }

    @RegisterForReflection
    record NameBlock(@JsonProperty("name_key") String nameKey, @JsonProperty("birth_year") int birthYear) {
    }

    @RegisterForReflection
    record CommuneBlock(@JsonProperty("commune_code") String communeCode, @JsonProperty("birth_year") int birthYear) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(@JsonProperty("persons") List<Person> persons) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Person(@JsonProperty("id_number") String idNumber, @JsonProperty("old_id_number") String oldIdNumber,
            @JsonProperty("full_name") String fullName, @JsonProperty("date_of_birth") String dateOfBirth,
            @JsonProperty("gender") String gender, @JsonProperty("commune_code") String communeCode) {
    }

    private RegistryLookup() {
    }

    static byte[] request(MatchRequests requests) {
        Request request = new Request(requests.idNumbers().stream().sorted().toList(),
                requests.oldIdNumbers().stream().sorted().toList(),
                requests.nameYears().stream().map(RegistryLookup::nameBlock).sorted(NAME_ORDER).toList(),
                requests.communeYears().stream().map(RegistryLookup::communeBlock).sorted(COMMUNE_ORDER).toList());
        try {
            return JSON.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A lookup request of strings and numbers is always JSON", e);
        }
    }

    /** @throws RegistryServiceException {@code REGISTRY_INVALID_ANSWER}, saying where, never what */
    static InMemoryRegistryView answer(byte[] body) {
        Answer answer;
        try {
            answer = JSON.readValue(body, Answer.class);
        } catch (JsonProcessingException e) {
            // Not chained: Jackson's messages quote the text they could not read, which may be a name.
            JsonLocation at = e.getLocation();
            throw invalid("the answer is not the contract's JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw new IllegalStateException("Reading JSON from memory does no I/O", e);
        }
        if (answer == null || answer.persons() == null) {
            throw invalid("the answer has no persons array");
        }
        InMemoryRegistryView view = new InMemoryRegistryView();
        List<Person> persons = answer.persons();
        for (int i = 0; i < persons.size(); i++) {
            view.add(entry(persons.get(i), i));
        }
        return view;
    }

    private static RegistryEntry entry(Person person, int index) {
        if (person == null) {
            throw invalid("persons[" + index + "] is null");
        }
        String where = "persons[" + index + "].";
        required(person.idNumber(), where + "id_number");
        required(person.fullName(), where + "full_name");
        required(person.communeCode(), where + "commune_code");
        BirthDate dateOfBirth = BirthDate.parse(person.dateOfBirth()).value()
                // Only the contract's two forms: another (07/03/1985, 03/07/1985) may have its day and month swapped.
                .filter(date -> date.toString().equals(person.dateOfBirth()))
                .orElseThrow(() -> invalid(where + "date_of_birth is not YYYY-MM-DD or YYYY"));
        Gender gender;
        try {
            gender = RegistryGenderCode.parse(person.gender());
        } catch (IllegalArgumentException e) {
            throw invalid(where + "gender is not M or F");
        }
        return RegistryEntry.of(person.idNumber(), person.oldIdNumber(), person.fullName(), dateOfBirth, gender,
                person.communeCode());
    }

    private static void required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw invalid(field + " is missing");
        }
    }

    private static NameBlock nameBlock(NameYear block) {
        return new NameBlock(block.asciiKey(), block.birthYear());
    }

    private static CommuneBlock communeBlock(CommuneYear block) {
        return new CommuneBlock(block.communeCode(), block.birthYear());
    }

    private static RegistryServiceException invalid(String detail) {
        return new RegistryServiceException(Code.REGISTRY_INVALID_ANSWER, detail);
    }
}
