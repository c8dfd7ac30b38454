package vn.vaxpass.csv;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The report that goes back to the clerk who uploaded a file: a CSV file with one line per refused row,
 * {@code line,code,<key column>,message}, for example {@code line,code,subject_id,message}.
 *
 * <p>The key column (the subject id) lets the clerk find the row in their own system; it is the only value of the
 * row the report holds, because the report returns to the person who sent the file and goes nowhere else. Never
 * log it. Rows refused by later checks of the import (a bad date, an unknown commune) go into the same report with
 * their own codes.
 *
 * <p>Fields are quoted by RFC 4180 when needed, and a value that Excel would run as a formula ({@code = + - @},
 * tab, CR) is prefixed with an apostrophe (OWASP, CSV injection). Lines end with CRLF. Not thread-safe; the caller
 * closes the writer.
 */
public final class CsvErrorReport implements Flushable {

    private static final char UTF8_BYTE_ORDER_MARK = '\uFEFF';

    /** Sees every refused row as it is reported, for a caller that needs more than the file (its lines, a summary). */
    @FunctionalInterface
    public interface Listener {

        void refused(long line, String code, String key, String message);
    }

    private final Writer out;
    private final List<Listener> listeners = new ArrayList<>();
    private long count;

    /** Writes the report's header line. */
    public CsvErrorReport(Writer out, String keyColumn) throws IOException {
        this.out = out;
        writeLine("line", "code", keyColumn, "message");
    }

    /** A report in UTF-8 with a byte order mark, which Excel needs to show Vietnamese letters right. */
    public static CsvErrorReport utf8(OutputStream out, String keyColumn) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(UTF8_BYTE_ORDER_MARK);
        return new CsvErrorReport(writer, keyColumn);
    }

    /** Adds a listener that sees each row reported from now on. */
    public CsvErrorReport listen(Listener listener) {
        listeners.add(listener);
        return this;
    }

    public void add(CsvRowError error) throws IOException {
        add(error.line(), error.code().name(), error.key(), error.message());
    }

    /** The one line of a file refused as a whole. */
    public void add(CsvFileException error) throws IOException {
        add(error.line(), error.code().name(), "", error.getMessage());
    }

    /** A row refused by another check of the import. */
    public void add(long line, String code, String key, String message) throws IOException {
        writeLine(Long.toString(line), code, key, message);
        count++;
        for (Listener listener : listeners) {
            listener.refused(line, code, key, message);
        }
    }

    /** Rows reported so far. */
    public long count() {
        return count;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    private void writeLine(String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(CsvCell.of(fields[i] == null ? "" : fields[i]));
        }
        out.write("\r\n");
    }
}
