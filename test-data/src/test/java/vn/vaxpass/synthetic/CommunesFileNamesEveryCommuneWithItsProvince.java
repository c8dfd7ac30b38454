package vn.vaxpass.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** communes.csv gives every commune the registry and the subjects name, each once, with its province's GSO code. */
class CommunesFileNamesEveryCommuneWithItsProvince {

    private static final GeneratedDataset DATA = GeneratedDataset.standard();

    @Test
    void everyCommuneOfTheRegistryAndTheSubjectsIsListed() {
        Set<String> listed = communeProvinces().keySet();
        Set<String> used = new HashSet<>();
        GeneratedDataset.forEachRow(DATA.registry(), row -> used.add(row.get("commune_code")));
        GeneratedDataset.forEachRow(DATA.subjects(), row -> used.add(row.get("commune_code")));

        assertThat(used).isNotEmpty();
        assertThat(listed).containsAll(used);
    }

    @Test
    void eachCommuneIsListedOnceWithTheGsoCodeOfAProvince() {
        List<Map<String, String>> rows = GeneratedDataset.rows(DATA.communes());
        Set<String> gsoCodes = TableResource.rows("provinces.tsv").stream().map(row -> row[1])
                .collect(Collectors.toSet());

        assertThat(rows).extracting(row -> row.get("commune_code")).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[0-9]{5}"));
        assertThat(rows).extracting(row -> row.get("province_code")).allMatch(gsoCodes::contains);
        assertThat(rows).extracting(row -> row.get("province_code")).containsAll(gsoCodes);
        assertThat(rows).extracting(row -> row.get("name")).allMatch(name -> name.startsWith("Xã "));
    }

    @Test
    void codesRiseWithTheProvinceAsGsoNumberedThem() {
        String previousProvince = "";
        String previousCode = "";
        for (Map<String, String> row : GeneratedDataset.rows(DATA.communes())) {
            assertThat(row.get("province_code")).isGreaterThanOrEqualTo(previousProvince);
            assertThat(row.get("commune_code")).isGreaterThan(previousCode);
            previousProvince = row.get("province_code");
            previousCode = row.get("commune_code");
        }
    }

    private static Map<String, String> communeProvinces() {
        Map<String, String> provinces = new HashMap<>();
        GeneratedDataset.forEachRow(DATA.communes(), row -> provinces.put(row.get("commune_code"),
                row.get("province_code")));
        return provinces;
    }
}
