package vn.vaxpass.certificate.cbor;

import java.util.Base64;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;

/**
 * Converts between the DCC's JSON form (what the schema describes) and its CBOR form (what is signed,
 * hcert spec §2.6.3). Map order is kept, so one JSON tree always gives the same bytes. Both ways go
 * through PeterO's CBOR library.
 */
public final class CborJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private CborJson() {
    }

    /** The CBOR bytes of a JSON tree: maps in the tree's order, integers as integers. */
    public static byte[] encode(JsonNode node) {
        return toCbor(node).EncodeToBytes();
    }

    /**
     * The CBOR item of a JSON tree: maps ordered as in the tree, an integer as its long value, a fraction as a
     * double (no DCC field has one).
     *
     * @throws IllegalArgumentException for a node with no CBOR form (binary, POJO, missing) or a text with an
     *     unpaired surrogate
     */
    public static CBORObject toCbor(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> {
                CBORObject map = CBORObject.NewOrderedMap();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    map.Add(field.getKey(), toCbor(field.getValue()));
                }
                yield map;
            }
            case ARRAY -> {
                CBORObject array = CBORObject.NewArray();
                for (JsonNode element : node) {
                    array.Add(toCbor(element));
                }
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

    /**
     * The JSON form of a CBOR item. Tags are dropped (some issuers tag dates), byte strings become base64url.
     *
     * @throws IllegalArgumentException when a map key is not a text string or a value has no JSON form
     */
    public static JsonNode toJson(CBORObject item) {
        CBORObject value = item;
        while (value.isTagged()) {
            value = value.UntagOne();
        }
        CBORType type = value.getType();
        switch (type) {
            case Map: {
                ObjectNode object = JSON.objectNode();
                for (Map.Entry<CBORObject, CBORObject> entry : value.getEntries()) {
                    if (entry.getKey().getType() != CBORType.TextString) {
                        throw new IllegalArgumentException("DCC map keys must be text strings");
                    }
                    object.set(entry.getKey().AsString(), toJson(entry.getValue()));
                }
                return object;
            }
            case Array: {
                ArrayNode array = JSON.arrayNode();
                for (CBORObject element : value.getValues()) {
                    array.add(toJson(element));
                }
                return array;
            }
            case TextString:
                return JSON.textNode(value.AsString());
            case Integer:
                if (!value.CanValueFitInInt64()) {
                    throw new IllegalArgumentException("integer out of range");
                }
                long number = value.AsInt64Value();
                return number == (int) number ? JSON.numberNode((int) number) : JSON.numberNode(number);
            case FloatingPoint:
                return JSON.numberNode(value.AsDoubleValue());
            case Boolean:
                return JSON.booleanNode(value.isTrue());
            case ByteString:
                return JSON.textNode(Base64.getUrlEncoder().withoutPadding().encodeToString(value.GetByteString()));
            default:
                if (value.isNull()) {
                    return JSON.nullNode();
                }
                throw new IllegalArgumentException("no JSON form for CBOR " + type);
        }
    }
}
