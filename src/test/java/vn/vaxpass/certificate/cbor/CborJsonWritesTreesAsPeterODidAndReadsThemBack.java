package vn.vaxpass.certificate.cbor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.upokecenter.cbor.CBORObject;

import vn.vaxpass.certificate.DccPayloadFactory;
import vn.vaxpass.certificate.RecordFixture;

class CborJsonWritesTreesAsPeterODidAndReadsThemBack {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] TEXTS = {"", "ver", "Nguyễn", "DANG<VAN<DUC", "URN:UVCI:01:VN:ABC#Q", "😷", "2021-09-14"};

    @Test
    void encodesADccAsTheTreeOfPeterOObjectsDid() {
        JsonNode dcc = DccPayloadFactory.create(RecordFixture.aRecord().build(), "URN:UVCI:01:VN:0123456789ABCDEF");
        assertThat(CborJson.encode(dcc)).isEqualTo(peterO(dcc).EncodeToBytes());
    }

    @Test
    void encodesRandomJsonTreesAsTheTreeOfPeterOObjectsDid() {
        Random random = new Random(8949);
        for (int i = 0; i < 500; i++) {
            JsonNode tree = randomNode(random, 0);
            assertThat(CborJson.encode(tree)).as("tree %s", tree).isEqualTo(peterO(tree).EncodeToBytes());
        }
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        JsonNode json = new ObjectMapper().readTree("{\"ver\":\"1.3.0\",\"v\":[{\"dn\":2,\"sd\":-3,\"big\":4294967296}],\"ok\":true,\"n\":null}");
        assertThat(CborJson.toJson(CBORObject.DecodeFromBytes(CborJson.encode(json)))).isEqualTo(json);
    }

    @Test
    void refusesANodeWithoutACborForm() {
        ObjectNode withBinary = JSON.objectNode().put("raw", new byte[] {1, 2});
        assertThatThrownBy(() -> CborJson.encode(withBinary)).isInstanceOf(IllegalArgumentException.class);
    }

    private static JsonNode randomNode(Random random, int depth) {
        int kind = depth >= 3 ? 2 + random.nextInt(6) : random.nextInt(8);
        return switch (kind) {
            case 0 -> {
                ObjectNode object = JSON.objectNode();
                for (int i = random.nextInt(30); i > 0; i--) {
                    object.set(TEXTS[random.nextInt(TEXTS.length)] + i, randomNode(random, depth + 1));
                }
                yield object;
            }
            case 1 -> {
                ArrayNode array = JSON.arrayNode();
                for (int i = random.nextInt(30); i > 0; i--) {
                    array.add(randomNode(random, depth + 1));
                }
                yield array;
            }
            case 2 -> JSON.textNode(TEXTS[random.nextInt(TEXTS.length)].repeat(random.nextInt(12)));
            case 3 -> JSON.numberNode(random.nextLong() >> random.nextInt(64));
            case 4 -> JSON.numberNode(random.nextInt(2000) - 1000);
            case 5 -> JSON.numberNode(random.nextInt(5) == 0 ? 1.5 : random.nextDouble() * 1e6);
            case 6 -> JSON.booleanNode(random.nextBoolean());
            default -> JSON.nullNode();
        };
    }

    /** The conversion the engine made before it wrote CBOR itself: a tree of PeterO objects. */
    private static CBORObject peterO(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> {
                CBORObject map = CBORObject.NewOrderedMap();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    map.Add(CBORObject.FromObject(field.getKey()), peterO(field.getValue()));
                }
                yield map;
            }
            case ARRAY -> {
                CBORObject array = CBORObject.NewArray();
                node.forEach(element -> array.Add(peterO(element)));
                yield array;
            }
            case STRING -> CBORObject.FromObject(node.textValue());
            case NUMBER -> node.isIntegralNumber()
                    ? CBORObject.FromObject(node.longValue())
                    : CBORObject.FromObject(node.doubleValue());
            case BOOLEAN -> node.booleanValue() ? CBORObject.True : CBORObject.False;
            case NULL -> CBORObject.Null;
            default -> throw new IllegalArgumentException("no CBOR form for JSON " + node.getNodeType());
        };
    }
}
