package vn.vaxpass.server.badinput;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Bad bodies of every kind, each made on demand (some are megabytes). */
final class Payloads {

    /**
     * "8 MB" strings: eight million characters, which with the JSON around them still fits under the server's own cut
     * at 8 MiB ({@code quarkus.http.limits.max-body-size}), so that the endpoint's own length check is what answers.
     */
    static final int EIGHT_MB = 8_000_000;
    /** Far deeper than any JSON parser should follow (Jackson's default limit is 1,000). */
    static final int DEEP = 10_000;
    /** U+202E RIGHT-TO-LEFT OVERRIDE: makes a stored name read otherwise than it is. */
    static final String RTL_OVERRIDE = "\u202E";
    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final ObjectMapper JSON = new ObjectMapper();

    private Payloads() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] utf16(String text) {
        return text.getBytes(StandardCharsets.UTF_16);
    }

    /** A JSON object of the given fields (a null value stays JSON null). */
    static byte[] json(Object... fieldsAndValues) {
        Map<String, Object> fields = new TreeMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            fields.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        try {
            return JSON.writeValueAsBytes(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A JSON object with one field replaced by a value of another kind (a raw JSON literal). */
    static byte[] jsonWithRaw(byte[] valid, String field, String rawValue) {
        String text = new String(valid, StandardCharsets.UTF_8);
        String opened = text.substring(0, text.length() - 1);
        return utf8((opened.length() > 1 ? opened + "," : opened) + "\"" + field + "\":" + rawValue + "}");
    }

    static String repeat(char c, int times) {
        return String.valueOf(c).repeat(times);
    }

    /** 10,000 levels of arrays. */
    static byte[] deeplyNested() {
        return utf8("[".repeat(DEEP) + "]".repeat(DEEP));
    }

    /** 10,000 levels of objects under one field. */
    static byte[] deeplyNestedObject(String field) {
        return utf8(("{\"" + field + "\":").repeat(DEEP) + "1" + "}".repeat(DEEP));
    }

    /** A JSON object whose one string field holds eight million characters (the rest, valid values). */
    static byte[] eightMbIn(String field, Object... otherFields) {
        Object[] fields = java.util.Arrays.copyOf(otherFields, otherFields.length + 2);
        fields[otherFields.length] = field;
        fields[otherFields.length + 1] = repeat('A', EIGHT_MB);
        return json(fields);
    }

    static byte[] withBom(byte[] content) {
        byte[] out = new byte[UTF8_BOM.length + content.length];
        System.arraycopy(UTF8_BOM, 0, out, 0, UTF8_BOM.length);
        System.arraycopy(content, 0, out, UTF8_BOM.length, content.length);
        return out;
    }

    /** Bytes that are no UTF-8 (a lone continuation byte and an overlong form). */
    static byte[] invalidUtf8(String before) {
        byte[] text = utf8(before);
        byte[] out = java.util.Arrays.copyOf(text, text.length + 3);
        out[text.length] = (byte) 0x80;
        out[text.length + 1] = (byte) 0xC0;
        out[text.length + 2] = (byte) 0xAF;
        return out;
    }

    /** The PNG signature and nothing after it. */
    static byte[] truncatedPng() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    }

    /** The JPEG start-of-image marker and garbage. */
    static byte[] brokenJpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 2};
    }

    /** A zip that is no workbook (one entry, "hello.txt"). */
    static byte[] zipThatIsNoWorkbook() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            zip.write(utf8("hello"));
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** The first bytes of an old binary .xls (the OLE2 compound file signature). */
    static byte[] oldXls() {
        byte[] out = new byte[512];
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(signature, 0, out, 0, signature.length);
        return out;
    }

    /** Many bytes of one value (a file over an endpoint's own limit). */
    static byte[] filled(int size, byte value) {
        byte[] out = new byte[size];
        java.util.Arrays.fill(out, value);
        return out;
    }
}
