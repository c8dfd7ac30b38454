package vn.vaxpass.certificate.conformance;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.upokecenter.cbor.CBORObject;

/**
 * What a DCC (or a whole CWT) means, as plain Java values that compare by content, whether it was read
 * from CBOR or from JSON. dgc-testdata README notes 2 and 3: maps and objects have no order, so the same
 * content may be written in different orders. Beyond order:
 * <ul>
 * <li>tags are dropped (an issuer may tag a date; the JSON form has none);</li>
 * <li>an RFC 3339 date-time means its instant: {@code 2021-06-30T12:34:56Z} and
 * {@code 2021-06-30T12:34:56+00:00} are the same sample time (the reference runner compares date strings
 * the same way);</li>
 * <li>integers and floating-point numbers stay distinct, array order counts.</li>
 * </ul>
 */
final class DccSemantics {

    private DccSemantics() {
    }

    static Object of(byte[] cbor) {
        return of(CBORObject.DecodeFromBytes(cbor));
    }

    static Object of(CBORObject item) {
        CBORObject value = item.Untag();
        return switch (value.getType()) {
            case Map -> {
                Map<Object, Object> map = new HashMap<>();
                value.getEntries().forEach(entry -> map.put(of(entry.getKey()), of(entry.getValue())));
                yield map;
            }
            case Array -> {
                List<Object> list = new ArrayList<>();
                value.getValues().forEach(element -> list.add(of(element)));
                yield list;
            }
            case TextString -> text(value.AsString());
            case Integer -> new BigInteger(value.AsEIntegerValue().toString());
            case FloatingPoint -> value.AsDoubleValue();
            case ByteString -> ByteBuffer.wrap(value.GetByteString());
            case Boolean -> value.isTrue();
            // null, undefined and other simple values compare as themselves
            default -> value;
        };
    }

    static Object of(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> {
                Map<Object, Object> map = new HashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    map.put(field.getKey(), of(field.getValue()));
                }
                yield map;
            }
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                node.forEach(element -> list.add(of(element)));
                yield list;
            }
            case STRING -> text(node.textValue());
            case NUMBER -> node.isIntegralNumber() ? node.bigIntegerValue() : (Object) node.doubleValue();
            case BOOLEAN -> node.booleanValue();
            case NULL -> CBORObject.Null;
            default -> throw new IllegalArgumentException("no DCC meaning for JSON " + node.getNodeType());
        };
    }

    private static Object text(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException notADateTime) {
            return text;
        }
    }
}
