package vn.vaxpass.registry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A CSV upload built for a test: text and raw bytes in order, LF line ends unless written otherwise. */
public final class CsvFile {

    private static final byte[] UTF8_BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private CsvFile() {
    }

    public static CsvFile withHeader(String header) {
        return new CsvFile().line(header);
    }

    public static CsvFile empty() {
        return new CsvFile();
    }

    /** A UTF-8 byte order mark, as Excel's "CSV UTF-8" writes it, then the header. */
    public static CsvFile withByteOrderMarkAndHeader(String header) {
        CsvFile file = new CsvFile();
        file.bytes.writeBytes(UTF8_BYTE_ORDER_MARK);
        return file.line(header);
    }

    public CsvFile line(String line) {
        return text(line + "\n");
    }

    public CsvFile lines(Iterable<String> lines) {
        lines.forEach(this::line);
        return this;
    }

    public CsvFile text(String text) {
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public CsvFile bytes(int... values) {
        for (int value : values) {
            bytes.write(value);
        }
        return this;
    }

    public InputStream stream() {
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
