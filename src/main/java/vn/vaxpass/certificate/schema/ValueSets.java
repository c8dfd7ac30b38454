package vn.vaxpass.certificate.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The value sets' codes and display names, read once from the copies in the core jar.
 * The DCC schema does not enforce them; an issuer must (hcert spec §2.6.2).
 */
public final class ValueSets {

    private static final ValueSets BUNDLED = load();

    private final Map<ValueSet, Map<String, String>> displayByCode;

    private ValueSets(Map<ValueSet, Map<String, String>> displayByCode) {
        this.displayByCode = displayByCode;
    }

    public static ValueSets bundled() {
        return BUNDLED;
    }

    public boolean contains(ValueSet set, String code) {
        return code != null && displayByCode.get(set).containsKey(code);
    }

    public Optional<String> display(ValueSet set, String code) {
        return Optional.ofNullable(displayByCode.get(set).get(code));
    }

    private static ValueSets load() {
        ObjectMapper json = new ObjectMapper();
        Map<ValueSet, Map<String, String>> sets = new EnumMap<>(ValueSet.class);
        for (ValueSet set : ValueSet.values()) {
            try (InputStream in = ValueSets.class.getClassLoader().getResourceAsStream(set.resource())) {
                if (in == null) {
                    throw new IllegalStateException("value set missing from the jar: " + set.resource());
                }
                Map<String, String> codes = new LinkedHashMap<>();
                JsonNode values = json.readTree(in).path("valueSetValues");
                for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> code = it.next();
                    codes.put(code.getKey(), code.getValue().path("display").asText(code.getKey()));
                }
                sets.put(set, Map.copyOf(codes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ValueSets(sets);
    }
}
