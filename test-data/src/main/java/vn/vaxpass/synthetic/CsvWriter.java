package vn.vaxpass.synthetic;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rows of an RFC 4180 file in UTF-8 without a byte order mark, LF line ends. A field is quoted only when it must be:
 * a comma, a quote or a line break in it, or a space at either end (which some readers would trim, and a clerk's
 * stray space is part of what we record).
 */
final class CsvWriter implements Closeable {

    private static final int BUFFER = 1 << 16;

    private final BufferedWriter out;
    private boolean rowStarted;

    CsvWriter(Path file, String... header) {
        try {
            out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), BUFFER);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        for (String column : header) {
            field(column);
        }
        endRow();
    }

    CsvWriter field(String value) {
        try {
            if (rowStarted) {
                out.write(',');
            }
            rowStarted = true;
            if (needsQuotes(value)) {
                out.write('"');
                out.write(value.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    void endRow() {
        try {
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rowStarted = false;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean needsQuotes(String value) {
        if (value.isEmpty()) {
            return false;
        }
        if (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ') {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
